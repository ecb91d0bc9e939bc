package vn.mttq.giamsat.supervision.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.supervision.web.FieldProblem;

/**
 * The date printed on a letter: not after today in Vietnam, and not before its activity
 * began.
 */
final class LetterDates {

	private LetterDates() {
	}

	/**
	 * Checks a letter's date.
	 * @param issuedOn the date printed on the letter
	 * @param activityStart the day its activity began
	 * @param clock the clock telling today
	 * @return the problems with {@code issuedOn}, empty when none
	 */
	static List<FieldProblem> problems(LocalDate issuedOn, LocalDate activityStart, Clock clock) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(clock.withZone(Dates.VIETNAM));
		if (issuedOn.isAfter(today)) {
			problems.add(FieldProblem.of("issuedOn", "letter.issued-on.future",
					"The letter''s date {0} is after today ({1}) in Vietnam; a letter is recorded once it is issued",
					Dates.shown(issuedOn), Dates.shown(today)));
		}
		if (issuedOn.isBefore(activityStart)) {
			problems.add(FieldProblem.of("issuedOn", "letter.issued-on.before-activity",
					"The letter''s date {0} is before its activity began ({1})", Dates.shown(issuedOn),
					Dates.shown(activityStart)));
		}
		return problems;
	}

}
