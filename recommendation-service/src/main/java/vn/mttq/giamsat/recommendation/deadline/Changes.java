package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The wording of the adjustments of an explanation: moves off a day off, pauses and
 * extensions.
 */
final class Changes {

	/** Vietnam's offset, to give the day an extension was granted. */
	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	private Changes() {
	}

	/**
	 * A last day that is a day off moves to the next working day (Civil Code Art. 148).
	 */
	static Adjustment movedOffDayOff(SkippedDay last, LocalDate due) {
		return new Adjustment(
				"ngày cuối " + DeadlineWords.vi(last.date()) + " là ngày nghỉ (" + last.marked(true)
						+ ") nên hạn chuyển sang ngày làm việc tiếp theo " + DeadlineWords.vi(due)
						+ " (Bộ luật Dân sự 2015, Điều 148)",
				"the last day, " + DeadlineWords.en(last.date()) + ", is a day off (" + last.marked(false)
						+ "), so the deadline moves to the next working day, " + DeadlineWords.en(due)
						+ " (Civil Code 2015, Art. 148)");
	}

	/** A date the official set on a day off is kept as set. */
	static Adjustment officialOnDayOff(SkippedDay day) {
		return new Adjustment(
				"hạn ấn định " + DeadlineWords.vi(day.date()) + " là ngày nghỉ (" + day.marked(true)
						+ "), giữ nguyên theo văn bản",
				"the set date " + DeadlineWords.en(day.date()) + " is a day off (" + day.marked(false)
						+ "), kept as set");
	}

	static Adjustment pause(Pause pause, int days, DayCounter counter, LocalDate before, LocalDate after) {
		String reason = (pause.reason() != null) ? "; lý do: " + pause.reason() : "";
		String reasonEn = (pause.reason() != null) ? "; reason: " + pause.reason() : "";
		return new Adjustment(
				"tạm dừng " + DeadlineWords.vi(pause.from()) + "–" + DeadlineWords.vi(pause.to()) + " ("
						+ DeadlineWords.daysVi(days, counter.counting()) + " tạm dừng" + reason + "): hạn lùi từ "
						+ DeadlineWords.vi(before) + " sang " + DeadlineWords.vi(after),
				"paused " + DeadlineWords.en(pause.from()) + " to " + DeadlineWords.en(pause.to()) + " ("
						+ DeadlineWords.daysEn(days, counter.counting()) + " paused" + reasonEn + "): moved from "
						+ DeadlineWords.en(before) + " to " + DeadlineWords.en(after));
	}

	static Adjustment extension(Extension extension, DayCounter counter, LocalDate before, LocalDate after) {
		StringBuilder vi = new StringBuilder("gia hạn thêm ")
			.append(DeadlineWords.daysVi(extension.days(), counter.counting()));
		StringBuilder en = new StringBuilder("extended by ")
			.append(DeadlineWords.daysEn(extension.days(), counter.counting()));
		String details = details(extension, true);
		String detailsEn = details(extension, false);
		vi.append(details.isEmpty() ? "" : " (" + details + ")");
		en.append(detailsEn.isEmpty() ? "" : " (" + detailsEn + ")");
		vi.append(": hạn lùi từ ").append(DeadlineWords.vi(before)).append(" sang ").append(DeadlineWords.vi(after));
		en.append(": moved from ").append(DeadlineWords.en(before)).append(" to ").append(DeadlineWords.en(after));
		return new Adjustment(vi.toString(), en.toString());
	}

	private static String details(Extension extension, boolean vietnamese) {
		StringBuilder details = new StringBuilder();
		if (extension.reason() != null) {
			details.append(vietnamese ? "lý do: " : "reason: ").append(extension.reason());
		}
		if (extension.by() != null) {
			details.append(details.isEmpty() ? "" : "; ").append(vietnamese ? "do " : "by ").append(extension.by());
		}
		if (extension.at() != null) {
			LocalDate day = LocalDate.ofInstant(extension.at(), VIETNAM);
			details.append(details.isEmpty() ? "" : "; ")
				.append(vietnamese ? "ngày " + DeadlineWords.vi(day) : "on " + DeadlineWords.en(day));
		}
		return details.toString();
	}

}
