package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts days on the working calendar the way the Civil Code 2015 does (Arts 147–148),
 * and remembers each day off it skipped or moved a due date over.
 */
final class DayCounter {

	private final WorkingCalendar calendar;

	private final DayCounting counting;

	private final Map<LocalDate, SkippedDay> skipped = new TreeMap<>();

	DayCounter(WorkingCalendar calendar, DayCounting counting) {
		this.calendar = calendar;
		this.counting = counting;
	}

	/**
	 * Counts days after a date (the date itself is not counted). In calendar days a last
	 * day that is a day off moves to the next working day; in working days only working
	 * days count.
	 */
	Step add(LocalDate from, int days) {
		if (days == 0) {
			return new Step(from, null);
		}
		if (this.counting == DayCounting.CALENDAR_DAYS) {
			LocalDate last = from.plusDays(days);
			LocalDate due = onOrAfterWorkingDay(last);
			return new Step(due, due.equals(last) ? null : last);
		}
		LocalDate day = from;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			Optional<SkippedDay> off = this.calendar.dayOff(day);
			if (off.isPresent()) {
				this.skipped.put(day, off.get());
			}
			else {
				counted++;
			}
		}
		return new Step(day, null);
	}

	/** How many days of a span count in this counting, both ends included. */
	int count(LocalDate first, LocalDate last) {
		if (last.isBefore(first)) {
			return 0;
		}
		if (this.counting == DayCounting.CALENDAR_DAYS) {
			return (int) ChronoUnit.DAYS.between(first, last) + 1;
		}
		int working = 0;
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (this.calendar.isWorkingDay(day)) {
				working++;
			}
		}
		return working;
	}

	DayCounting counting() {
		return this.counting;
	}

	List<SkippedDay> skipped() {
		return List.copyOf(this.skipped.values());
	}

	Optional<SkippedDay> dayOff(LocalDate date) {
		return this.calendar.dayOff(date);
	}

	private LocalDate onOrAfterWorkingDay(LocalDate date) {
		LocalDate day = date;
		Optional<SkippedDay> off = this.calendar.dayOff(day);
		while (off.isPresent()) {
			this.skipped.put(day, off.get());
			day = day.plusDays(1);
			off = this.calendar.dayOff(day);
		}
		return day;
	}

	/**
	 * The result of one count.
	 *
	 * @param due the date reached
	 * @param movedFrom the last day of the period when it was a day off and the due date
	 * moved to the next working day; {@code null} otherwise
	 */
	record Step(LocalDate due, LocalDate movedFrom) {

		boolean moved() {
			return this.movedFrom != null;
		}

	}

}
