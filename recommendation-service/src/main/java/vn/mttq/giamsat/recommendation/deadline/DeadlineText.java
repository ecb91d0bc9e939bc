package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * The readable sentence of an explanation, for example "Hạn trả lời 27/02/2026: 15 ngày
 * kể từ ngày nhận 12/02/2026 (Luật ...); bỏ qua 14/02–22/02/2026 (nghỉ cuối tuần, Tết
 * Nguyên đán)."
 *
 * @param vi the Vietnamese sentence
 * @param en the English sentence
 */
record DeadlineText(String vi, String en) {

	DeadlineText(LocalDate due, int days, DayCounting counting, String legalSource, StartEvent start,
			List<SkippedDay> skipped, List<Adjustment> adjustments, Pause openPause) {
		this(compose(head(due, openPause, true, start.provisional()) + DeadlineWords.daysVi(days, counting) + " kể từ "
				+ DeadlineWords.eventVi(start.used()) + " " + DeadlineWords.vi(start.date())
				+ (start.provisional() ? " vì chưa có " + DeadlineWords.eventVi(start.wanted()) + ", sẽ tính lại khi có"
						: "")
				+ " (" + legalSource + ")", skipped, adjustments, true),
				compose(head(due, openPause, false, start.provisional()) + DeadlineWords.daysEn(days, counting)
						+ " from " + DeadlineWords.eventEn(start.used()) + " on " + DeadlineWords.en(start.date())
						+ (start.provisional() ? ", because " + DeadlineWords.eventEn(start.wanted())
								+ " has not happened yet; recomputed when it does" : "")
						+ " (" + legalSource + ")", skipped, adjustments, false));
	}

	static DeadlineText official(LocalDate due, LocalDate set, DayCounting counting, List<SkippedDay> skipped,
			List<Adjustment> adjustments, Pause openPause) {
		return new DeadlineText(
				compose(head(due, openPause, true, false) + "hạn do người ban hành ấn định " + DeadlineWords.vi(set)
						+ ", không áp dụng quy tắc thời hạn", skipped, adjustments, true),
				compose(head(due, openPause, false, false) + "date set by the issuing official, "
						+ DeadlineWords.en(set) + "; no deadline rule applies", skipped, adjustments, false));
	}

	private static String head(LocalDate due, Pause openPause, boolean vietnamese, boolean provisional) {
		if (openPause != null) {
			String reason = (openPause.reason() != null) ? " (" + openPause.reason() + ")" : "";
			return vietnamese
					? "Chưa có hạn trả lời: đang tạm dừng từ " + DeadlineWords.vi(openPause.from()) + reason
							+ ", hạn sẽ được tính lại khi tiếp tục; trước khi tạm dừng: "
					: "No due date: paused since " + DeadlineWords.en(openPause.from()) + reason
							+ ", recomputed when it resumes; before the pause: ";
		}
		if (vietnamese) {
			return "Hạn trả lời " + (provisional ? "tạm tính " : "") + DeadlineWords.vi(due) + ": ";
		}
		return (provisional ? "Provisional answer due date " : "Answer due ") + DeadlineWords.en(due) + ": ";
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
