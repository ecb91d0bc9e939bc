package vn.mttq.giamsat.recommendation.deadline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.recommendation.deadline.WorkingCalendar;
import vn.mttq.giamsat.support.security.Rules;

/**
 * Shows the working calendar the due dates are counted on.
 */
@RestController
@Tag(name = "Deadlines", description = "Due dates previewed on the deadline rules and the working calendar")
class CalendarController {

	private final WorkingCalendar calendar;

	CalendarController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/api/v1/calendar/{year}")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Every day off of a year (holidays, days in lieu, swapped days, each with its source and "
			+ "whether it is confirmed) and every make-up working day; whether the year's announcement is confirmed "
			+ "or the days are assumed from the Labour Code; the calendar version",
			description = "daysOff lists every day off but plain weekends (holidays, days in lieu, swapped days), "
					+ "each with its date, kind, Vietnamese and English name and source, and whether it is confirmed "
					+ "(an occasion kept as unconfirmed data says false); workingDays lists every Saturday or Sunday "
					+ "made a working day. announcement is CONFIRMED when the year's announcement is kept as data, "
					+ "ASSUMED when every day is computed from the Labour Code 2019; excludedOccasions and "
					+ "calendarVersion say which data due dates are computed on.")
	CalendarView year(
			@Parameter(description = "The year, from 2021 to 2100 (the years the calendar covers)") @PathVariable @Min(
					value = WorkingCalendar.FIRST_YEAR, message = "{giamsat.calendar.year.range}") @Max(
							value = WorkingCalendar.LAST_YEAR, message = "{giamsat.calendar.year.range}") int year) {
		return CalendarView.of(this.calendar.year(year));
	}

}
