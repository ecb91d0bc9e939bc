package vn.mttq.giamsat.recommendation.deadline;

import java.util.List;
import java.util.Set;

/**
 * Lịch nghỉ của một năm: one year's days off and make-up working days, and whether they
 * rest on that year's announcement or are assumed from the Labour Code.
 *
 * @param year the year
 * @param confirmed {@code true} when the year's announcement is kept as data
 * ({@code calendar/vn-<year>.yml}); {@code false} when every day is computed from the
 * Labour Code 2019 and the lunar calendar, to be confirmed when the year is announced
 * @param source the announcement, or the law the computed days come from
 * @param sourceEn the same in English
 * @param daysOff the holidays, days in lieu and swapped days off, in date order (weekends
 * are not listed)
 * @param workingDays the Saturdays and Sundays made working days, in date order
 * @param excludedOccasions the unconfirmed occasions an operator switched off
 * @param calendarVersion the version of the calendar data
 */
public record YearCalendar(int year, boolean confirmed, String source, String sourceEn, List<SkippedDay> daysOff,
		List<WorkingDay> workingDays, Set<String> excludedOccasions, String calendarVersion) {

	public YearCalendar {
		daysOff = List.copyOf(daysOff);
		workingDays = List.copyOf(workingDays);
		excludedOccasions = Set.copyOf(excludedOccasions);
	}

}
