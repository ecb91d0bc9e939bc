package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;

/**
 * A day off as the tests name it: its date, kind and Vietnamese name.
 *
 * @param date the day
 * @param kind why it is off
 * @param name its Vietnamese name
 */
record NamedDay(LocalDate date, DayOffKind kind, String name) {

	static NamedDay of(SkippedDay day) {
		return new NamedDay(day.date(), day.kind(), day.name());
	}

}
