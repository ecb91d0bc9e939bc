package vn.mttq.giamsat.recommendation.deadline;

/**
 * Thời hạn do người ban hành quy định: a period the issuing official gave an item ("trả
 * lời trong 30 ngày làm việc") instead of a fixed date. It is counted from the start
 * event of the rule that would otherwise apply, or from receipt when none does.
 *
 * @param days how many days; 1 to 365
 * @param counting calendar or working days
 */
public record DuePeriod(int days, DayCounting counting) {

	/** The longest period an official may give. */
	public static final int MAX_DAYS = 365;

	public DuePeriod {
		if (days < 1 || days > MAX_DAYS) {
			throw new IllegalArgumentException("A period is from 1 to " + MAX_DAYS + " days, not " + days);
		}
		if (counting == null) {
			throw new IllegalArgumentException("A period needs its counting");
		}
	}

	/** The rule that counts this period, from the start event of the rule it replaces. */
	DeadlineRule asRule(DeadlineRule replaced) {
		DeadlineStart start = (replaced != null) ? replaced.startsFrom() : DeadlineStart.DELIVERY;
		String fromVi = (replaced != null) ? "tính từ " + DeadlineWords.eventVi(start) + " như quy tắc " + replaced.id()
				: "tính từ ngày nhận vì không quy tắc thời hạn nào áp dụng";
		String fromEn = (replaced != null)
				? "counted from " + DeadlineWords.eventEn(start) + " as rule " + replaced.id()
				: "counted from receipt, since no deadline rule applies";
		return new DeadlineRule(DeadlineEngine.OFFICIAL_PERIOD,
				"Hạn do người ban hành quy định: " + DeadlineWords.daysVi(this.days, this.counting),
				"Period given by the issuing official: " + DeadlineWords.daysEn(this.days, this.counting),
				"Quy định trong văn bản kiến nghị; " + fromVi, "Set in the recommendation letter; " + fromEn, this.days,
				this.counting, start, null, null, null, null);
	}

}
