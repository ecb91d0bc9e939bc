package vn.mttq.giamsat.recommendation.deadline.web;

import java.util.List;
import java.util.Set;

import vn.mttq.giamsat.recommendation.deadline.SkippedDay;
import vn.mttq.giamsat.recommendation.deadline.WorkingDay;
import vn.mttq.giamsat.recommendation.deadline.YearCalendar;

/**
 * One year of the working calendar as the API shows it.
 *
 * @param year the year
 * @param announcement {@code CONFIRMED} when the year's announcement is kept as data,
 * {@code ASSUMED} when every day is computed from the Labour Code
 * @param source the announcement, or the law the days are computed from
 * @param sourceEn the same in English
 * @param daysOff every day off but plain weekends: date, kind, name (Vietnamese and
 * English), source and whether it is confirmed
 * @param workingDays every Saturday or Sunday made a working day
 * @param excludedOccasions unconfirmed occasions an operator switched off
 * @param calendarVersion the version of the calendar data
 */
record CalendarView(int year, String announcement, String source, String sourceEn, List<SkippedDay> daysOff,
		List<WorkingDay> workingDays, Set<String> excludedOccasions, String calendarVersion) {

	static CalendarView of(YearCalendar calendar) {
		return new CalendarView(calendar.year(), calendar.confirmed() ? "CONFIRMED" : "ASSUMED", calendar.source(),
				calendar.sourceEn(), calendar.daysOff(), calendar.workingDays(), calendar.excludedOccasions(),
				calendar.calendarVersion());
	}

}
