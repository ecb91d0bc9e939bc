package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;

/**
 * A day that was not counted, or that a due date was moved over, and why.
 *
 * @param date the day
 * @param kind why it is a day off
 * @param name its name, for example "Tết Nguyên đán (mùng 1)" or "Chủ nhật"
 * @param nameEn its name in English, for example "Lunar New Year (day 1)"
 * @param source the law or announcement that makes it a day off
 * @param sourceEn that source in English
 * @param confirmed {@code false} when the day rests on a text not read first-hand (a
 * recurring holiday marked {@code confirmed: false}); explanations say so
 */
public record SkippedDay(LocalDate date, DayOffKind kind, String name, String nameEn, String source, String sourceEn,
		boolean confirmed) {

	/** A Saturday or Sunday, the weekly rest days of the civil service. */
	static SkippedDay weekend(LocalDate date) {
		return new SkippedDay(date, DayOffKind.WEEKEND, WeekDays.weekendName(date), WeekDays.weekendNameEn(date),
				"Bộ luật Lao động 2019, Điều 111", "Labour Code 2019, Art. 111", true);
	}

	/** The name in the language asked for, with the unconfirmed mark when it has one. */
	String marked(boolean vietnamese) {
		String shown = vietnamese ? this.name : this.nameEn;
		if (this.confirmed) {
			return shown;
		}
		return shown + (vietnamese ? " – chưa xác nhận" : " – unconfirmed");
	}

}
