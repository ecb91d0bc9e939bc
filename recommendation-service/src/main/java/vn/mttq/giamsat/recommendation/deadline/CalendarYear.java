package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.util.HashSet;
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

	private final Set<LocalDate> workingWeekendDays;

	private CalendarYear(Map<LocalDate, SkippedDay> daysOff, Set<LocalDate> workingWeekendDays) {
		this.daysOff = daysOff;
		this.workingWeekendDays = workingWeekendDays;
	}

	static CalendarYear build(int year, CalendarData data) {
		Optional<YearAnnouncement> announcement = data.year(year);
		Set<String> announced = announcement.map(YearAnnouncement::announcedOccasions).orElse(Set.of());
		List<Holiday> computed = StatutoryHolidays.of(year, data.recurring().values())
			.stream()
			.filter((holiday) -> !announced.contains(holiday.occasion()))
			.toList();
		Map<LocalDate, SkippedDay> daysOff = new TreeMap<>();
		computed.forEach((holiday) -> daysOff.put(holiday.date(),
				new SkippedDay(holiday.date(), DayOffKind.HOLIDAY, holiday.name())));
		Set<LocalDate> working = new HashSet<>();
		announcement.ifPresent((notice) -> {
			for (AnnouncedDayOff day : notice.daysOff()) {
				daysOff.put(day.date(), new SkippedDay(day.date(), day.kind(), day.name()));
			}
			notice.workingDays().stream().map(AnnouncedWorkingDay::date).forEach(working::add);
		});
		for (Holiday holiday : computed) {
			if (holiday.compensatory() && WeekDays.isWeekend(holiday.date())) {
				LocalDate inLieu = holiday.date().plusDays(1);
				while (WeekDays.isWeekend(inLieu) || daysOff.containsKey(inLieu)) {
					inLieu = inLieu.plusDays(1);
				}
				daysOff.put(inLieu,
						new SkippedDay(inLieu, DayOffKind.COMPENSATORY_DAY_OFF, "Nghỉ bù " + holiday.name()));
			}
		}
		return new CalendarYear(daysOff, working);
	}

	Optional<SkippedDay> dayOff(LocalDate date) {
		if (this.workingWeekendDays.contains(date)) {
			return Optional.empty();
		}
		SkippedDay day = this.daysOff.get(date);
		if (day != null) {
			return Optional.of(day);
		}
		if (WeekDays.isWeekend(date)) {
			return Optional.of(new SkippedDay(date, DayOffKind.WEEKEND, WeekDays.weekendName(date)));
		}
		return Optional.empty();
	}

	/** The days off of the year other than plain weekends, in date order. */
	List<SkippedDay> holidays() {
		return List.copyOf(this.daysOff.values());
	}

}
