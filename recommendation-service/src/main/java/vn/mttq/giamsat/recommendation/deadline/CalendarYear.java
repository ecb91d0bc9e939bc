package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import vn.mttq.giamsat.recommendation.deadline.CalendarData.AnnouncedDayOff;
import vn.mttq.giamsat.recommendation.deadline.CalendarData.AnnouncedWorkingDay;
import vn.mttq.giamsat.recommendation.deadline.CalendarData.YearAnnouncement;
import vn.mttq.giamsat.recommendation.deadline.StatutoryHolidays.Holiday;

/**
 * The days off of one year: the computed holidays of each occasion the year's
 * announcement does not fix, with a day off in lieu for each that falls on a weekend
 * (Labour Code Art. 111.3), then the announcement's own days off and working days.
 */
final class CalendarYear {

	private final Map<LocalDate, SkippedDay> daysOff;

	private final Map<LocalDate, WorkingDay> workingWeekendDays;

	private final Optional<YearAnnouncement> announcement;

	private CalendarYear(Map<LocalDate, SkippedDay> daysOff, Map<LocalDate, WorkingDay> workingWeekendDays,
			Optional<YearAnnouncement> announcement) {
		this.daysOff = daysOff;
		this.workingWeekendDays = workingWeekendDays;
		this.announcement = announcement;
	}

	static CalendarYear build(int year, CalendarData data) {
		Optional<YearAnnouncement> announcement = data.year(year);
		Set<String> announced = announcement.map(YearAnnouncement::announcedOccasions).orElse(Set.of());
		List<Holiday> computed = StatutoryHolidays.of(year, data.activeRecurring())
			.stream()
			.filter((holiday) -> !announced.contains(holiday.occasion()))
			.toList();
		Map<LocalDate, SkippedDay> daysOff = new TreeMap<>();
		computed.forEach((holiday) -> daysOff.put(holiday.date(), holiday.dayOff()));
		Map<LocalDate, WorkingDay> working = new TreeMap<>();
		announcement.ifPresent((notice) -> {
			for (AnnouncedDayOff day : notice.daysOff()) {
				daysOff.put(day.date(), day.dayOff());
			}
			notice.workingDays()
				.stream()
				.map(AnnouncedWorkingDay::workingDay)
				.forEach((day) -> working.put(day.date(), day));
		});
		for (Holiday holiday : computed) {
			if (holiday.compensatory() && WeekDays.isWeekend(holiday.date())) {
				LocalDate inLieu = holiday.date().plusDays(1);
				while (WeekDays.isWeekend(inLieu) || daysOff.containsKey(inLieu)) {
					inLieu = inLieu.plusDays(1);
				}
				daysOff.put(inLieu, holiday.inLieuOn(inLieu));
			}
		}
		return new CalendarYear(daysOff, working, announcement);
	}

	Optional<SkippedDay> dayOff(LocalDate date) {
		if (this.workingWeekendDays.containsKey(date)) {
			return Optional.empty();
		}
		SkippedDay day = this.daysOff.get(date);
		if (day != null) {
			return Optional.of(day);
		}
		if (WeekDays.isWeekend(date)) {
			return Optional.of(SkippedDay.weekend(date));
		}
		return Optional.empty();
	}

	/** The days off of the year other than plain weekends, in date order. */
	List<SkippedDay> holidays() {
		return List.copyOf(this.daysOff.values());
	}

	/** The weekend days made working days, in date order. */
	List<WorkingDay> workingDays() {
		return List.copyOf(this.workingWeekendDays.values());
	}

	/** The year's announcement, when one was published and kept as data. */
	Optional<YearAnnouncement> confirmedAnnouncement() {
		return this.announcement.filter(YearAnnouncement::confirmed);
	}

}
