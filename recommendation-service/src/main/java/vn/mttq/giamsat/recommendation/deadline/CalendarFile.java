package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.mttq.giamsat.recommendation.deadline.CalendarData.AnnouncedDayOff;
import vn.mttq.giamsat.recommendation.deadline.CalendarData.AnnouncedWorkingDay;
import vn.mttq.giamsat.recommendation.deadline.CalendarData.RecurringHoliday;
import vn.mttq.giamsat.recommendation.deadline.CalendarData.YearAnnouncement;

/**
 * The content of one calendar file, as written: either one year's announcement
 * ({@code year}, {@code source}, {@code daysOff}, {@code workingDays}) or the holidays
 * that recur every year ({@code recurringHolidays}). What a field alone cannot say is
 * checked here once the file is read: dates within the file's year, each date listed
 * once, only weekend days made working days, known occasions.
 *
 * @param year the year an announcement covers
 * @param source the announcement's reference
 * @param sourceEn that reference in English
 * @param confirmed {@code false} for a year not announced yet (its days are the computed
 * defaults); absent means announced
 * @param daysOff the days off it fixes
 * @param workingDays the weekend days it makes working days
 * @param recurringHolidays the recurring holidays, or {@code null} in a year's file
 */
record CalendarFile(Integer year, String source, String sourceEn, Boolean confirmed, List<AnnouncedDayOff> daysOff,
		List<AnnouncedWorkingDay> workingDays, List<RecurringHoliday> recurringHolidays) {

	CalendarFile {
		if (recurringHolidays == null) {
			DataFile.required(year, "year");
			DataFile.required(source, "source");
		}
		else if (year != null || source != null || sourceEn != null || confirmed != null || daysOff != null
				|| workingDays != null) {
			throw new IllegalArgumentException(
					"a file lists either one year's days or recurringHolidays, not both; split it in two");
		}
		daysOff = (daysOff != null) ? List.copyOf(daysOff) : List.of();
		workingDays = (workingDays != null) ? List.copyOf(workingDays) : List.of();
	}

	boolean listsRecurringHolidays() {
		return this.recurringHolidays != null;
	}

	/**
	 * The recurring holidays, each checked not to be one the Labour Code gives already.
	 */
	List<RecurringHoliday> recurringHolidays(DataFile file) {
		for (int i = 0; i < this.recurringHolidays.size(); i++) {
			String occasion = this.recurringHolidays.get(i).occasion();
			if (StatutoryHolidays.OCCASIONS.contains(occasion)) {
				throw file.error("recurringHolidays[" + i + "].occasion",
						"'" + occasion + "' is a Labour Code holiday, computed already");
			}
		}
		return this.recurringHolidays;
	}

	/**
	 * The year's announcement, each entry taking the announcement's source unless it
	 * gives its own.
	 * @param occasions the occasions a day off may belong to
	 */
	YearAnnouncement announcement(DataFile file, Set<String> occasions) {
		Set<LocalDate> seen = new HashSet<>();
		List<AnnouncedDayOff> days = checkedDaysOff(file, occasions, seen);
		List<AnnouncedWorkingDay> working = checkedWorkingDays(file, seen);
		return new YearAnnouncement(this.year, file.name(), this.source, Sources.english(this.sourceEn, this.year),
				!Boolean.FALSE.equals(this.confirmed), days, working);
	}

	private List<AnnouncedDayOff> checkedDaysOff(DataFile file, Set<String> occasions, Set<LocalDate> seen) {
		List<AnnouncedDayOff> days = new ArrayList<>();
		for (int i = 0; i < this.daysOff.size(); i++) {
			AnnouncedDayOff day = this.daysOff.get(i);
			String path = "daysOff[" + i + "]";
			checkInYear(file, path, day.date());
			checkListedOnce(file, path, day.date(), seen, " is listed twice");
			if (day.kind() == DayOffKind.WEEKEND) {
				throw file.error(path + ".kind",
						"weekends are computed; list only HOLIDAY, COMPENSATORY_DAY_OFF or SWAPPED_DAY_OFF");
			}
			if (day.occasion() != null && !occasions.contains(day.occasion())) {
				throw file.error(path + ".occasion",
						"unknown occasion '" + day.occasion() + "'; expected one of " + occasions);
			}
			days.add(day.orSource(this.source, this.sourceEn));
		}
		return days;
	}

	private List<AnnouncedWorkingDay> checkedWorkingDays(DataFile file, Set<LocalDate> seen) {
		List<AnnouncedWorkingDay> days = new ArrayList<>();
		for (int i = 0; i < this.workingDays.size(); i++) {
			AnnouncedWorkingDay day = this.workingDays.get(i);
			String path = "workingDays[" + i + "]";
			checkInYear(file, path, day.date());
			if (!WeekDays.isWeekend(day.date())) {
				throw file.error(path + ".date", day.date() + " is a " + day.date().getDayOfWeek()
						+ ", already a working day; only a Saturday or Sunday can be made one");
			}
			checkListedOnce(file, path, day.date(), seen, " is listed both as a day off and as a working day");
			days.add(day.orSource(this.source, this.sourceEn));
		}
		return days;
	}

	private void checkInYear(DataFile file, String path, LocalDate date) {
		if (date.getYear() != this.year) {
			throw file.error(path + ".date", date + " is not in " + this.year + ", the year of this file");
		}
	}

	private static void checkListedOnce(DataFile file, String path, LocalDate date, Set<LocalDate> seen, String twice) {
		if (!seen.add(date)) {
			throw file.error(path + ".date", date + twice);
		}
	}

}
