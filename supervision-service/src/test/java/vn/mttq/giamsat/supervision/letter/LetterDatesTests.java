package vn.mttq.giamsat.supervision.letter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.supervision.web.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter is dated at most today in Vietnam, and not before its activity began.
 */
class LetterDatesTests {

	/** 18:00 UTC on 6 December 2026: already 7 December in Vietnam. */
	static final Clock EVENING_IN_UTC = Clock.fixed(Instant.parse("2026-12-06T18:00:00Z"), ZoneOffset.UTC);

	static final LocalDate ACTIVITY_START = LocalDate.of(2026, 3, 10);

	@Test
	void aLetterMayBeDatedTodayInVietnamWhileUtcIsStillOnTheDayBefore() {
		assertThat(LetterDates.problems(LocalDate.of(2026, 12, 7), ACTIVITY_START, EVENING_IN_UTC)).isEmpty();
	}

	@Test
	void aLetterDatedAfterTodayInVietnamIsRefusedWithBothDates() {
		assertThat(LetterDates.problems(LocalDate.of(2026, 12, 8), ACTIVITY_START, EVENING_IN_UTC)).singleElement()
			.satisfies((problem) -> {
				assertThat(problem.field()).isEqualTo("issuedOn");
				assertThat(problem.phrase().inEnglish()).contains("08/12/2026").contains("07/12/2026");
			});
	}

	@Test
	void aLetterDatedBeforeItsActivityBeganIsRefused() {
		assertThat(LetterDates.problems(LocalDate.of(2026, 3, 9), ACTIVITY_START, EVENING_IN_UTC))
			.extracting(FieldProblem::field)
			.containsExactly("issuedOn");
	}

}
