package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * The readable sentence of an explanation, for example "Hạn trả lời 05/03/2026: 10 ngày
 * làm việc kể từ ngày nhận 12/02/2026 (...); bỏ qua 14/02–22/02/2026 (nghỉ cuối tuần, Tết
 * Nguyên đán), 28/02–01/03/2026 (nghỉ cuối tuần)."
 *
 * @param vi the Vietnamese sentence
 * @param en the English sentence
 */
record DeadlineText(String vi, String en) {

	/**
	 * The sentence of a due date counted by a rule.
	 * @param due the due date, or {@code null} while paused
	 * @param openPause the pause going on, or {@code null}
	 */
	static DeadlineText byRule(LocalDate due, DeadlineRule rule, StartEvent start, List<SkippedDay> skipped,
			List<Adjustment> adjustments, Pause openPause) {
		String vi = DeadlineWords.daysVi(rule.days(), rule.counting()) + " kể từ " + DeadlineWords.eventVi(start.used())
				+ " " + DeadlineWords.vi(start.date());
		String en = DeadlineWords.daysEn(rule.days(), rule.counting()) + " from " + DeadlineWords.eventEn(start.used())
				+ " on " + DeadlineWords.en(start.date());
		if (start.provisional()) {
			vi += " vì chưa có " + DeadlineWords.eventVi(start.wanted()) + ", sẽ tính lại khi có";
			en += ", because " + DeadlineWords.eventEn(start.wanted())
					+ " has not happened yet; recomputed when it does";
		}
		String named = DeadlineEngine.OFFICIAL_PERIOD.equals(rule.id()) ? rule.name() + ": " : "";
		String namedEn = DeadlineEngine.OFFICIAL_PERIOD.equals(rule.id()) ? rule.nameEn() + ": " : "";
		return new DeadlineText(
				compose(headVi(due, openPause, start.provisional()) + named + vi + " (" + rule.legalSource() + ")",
						skipped, adjustments, true),
				compose(headEn(due, openPause, start.provisional()) + namedEn + en + " (" + rule.legalSourceEn() + ")",
						skipped, adjustments, false));
	}

	/** The sentence of a due date the issuing official set. */
	static DeadlineText official(LocalDate due, LocalDate set, List<SkippedDay> skipped, List<Adjustment> adjustments,
			Pause openPause) {
		String vi = "hạn do người ban hành ấn định " + DeadlineWords.vi(set) + ", không áp dụng quy tắc thời hạn";
		String en = "date set by the issuing official, " + DeadlineWords.en(set) + "; no deadline rule applies";
		return new DeadlineText(compose(headVi(due, openPause, false) + vi, skipped, adjustments, true),
				compose(headEn(due, openPause, false) + en, skipped, adjustments, false));
	}

	private static String headVi(LocalDate due, Pause openPause, boolean provisional) {
		if (openPause != null) {
			return "Chưa có hạn trả lời: đang tạm dừng từ " + DeadlineWords.vi(openPause.from()) + reason(openPause)
					+ ", hạn sẽ được tính lại khi tiếp tục; trước khi tạm dừng: ";
		}
		return "Hạn trả lời " + (provisional ? "tạm tính " : "") + DeadlineWords.vi(due) + ": ";
	}

	private static String headEn(LocalDate due, Pause openPause, boolean provisional) {
		if (openPause != null) {
			return "No due date: paused since " + DeadlineWords.en(openPause.from()) + reason(openPause)
					+ ", recomputed when it resumes; before the pause: ";
		}
		return (provisional ? "Provisional answer due date " : "Answer due ") + DeadlineWords.en(due) + ": ";
	}

	private static String reason(Pause pause) {
		return (pause.reason() != null) ? " (" + pause.reason() + ")" : "";
	}

	private static String compose(String head, List<SkippedDay> skipped, List<Adjustment> adjustments,
			boolean vietnamese) {
		StringBuilder text = new StringBuilder(head);
		if (!skipped.isEmpty()) {
			text.append(vietnamese ? "; bỏ qua " + DeadlineWords.skippedVi(skipped)
					: "; skipped " + DeadlineWords.skippedEn(skipped));
		}
		for (Adjustment adjustment : adjustments) {
			text.append("; ").append(vietnamese ? adjustment.vi() : adjustment.en());
		}
		return text.append('.').toString();
	}

}
