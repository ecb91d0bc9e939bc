package vn.mttq.giamsat.supervision.activity;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity state machine and the NQLT 403 checks, without the application around
 * them.
 */
class ActivityStatusTests {

	@Test
	void movesForwardOneStepAtATimeAndMayBeCancelledUntilConcluded() {
		assertThat(ActivityStatus.PLANNED.next()).containsExactlyInAnyOrder(ActivityStatus.IN_PROGRESS,
				ActivityStatus.CANCELLED);
		assertThat(ActivityStatus.IN_PROGRESS.next()).containsExactlyInAnyOrder(ActivityStatus.REPORTED,
				ActivityStatus.CANCELLED);
		assertThat(ActivityStatus.REPORTED.next()).containsExactlyInAnyOrder(ActivityStatus.CONCLUDED,
				ActivityStatus.CANCELLED);
		assertThat(ActivityStatus.CONCLUDED.isFinal()).isTrue();
		assertThat(ActivityStatus.CANCELLED.isFinal()).isTrue();
	}

	@Test
	void acceptsStepsExactlyAtTheLimits() {
		DelegationSteps steps = new DelegationSteps("1/QĐ", date(1), null, null, date(5), date(13), List.of(date(20)),
				date(20).plusDays(15));
		assertThat(DelegationChecks.warnings(steps, date(1))).isEmpty();
		assertThat(DelegationChecks.errors(steps, date(1))).isEmpty();
	}

	@Test
	void warnsOneDayPastEachLimit() {
		DelegationSteps steps = new DelegationSteps("1/QĐ", date(1), null, null, date(6), date(14), List.of(date(20)),
				date(20).plusDays(16));
		assertThat(DelegationChecks.warnings(steps, date(1))).extracting(ActivityWarning::code)
			.containsExactly("NOTICE_TOO_LATE", "SUBJECT_REPORT_TOO_LATE", "RESULT_REPORT_TOO_LATE");
	}

	@Test
	void warnsOfStepsNotRecordedOnceTheirLimitHasPassed() {
		DelegationSteps steps = new DelegationSteps(null, date(1), null, null, null, null, List.of(date(20)), null);
		assertThat(DelegationChecks.warnings(steps, date(4))).isEmpty();
		assertThat(DelegationChecks.warnings(steps, date(20).plusDays(16))).extracting(ActivityWarning::code)
			.containsExactly("NOTICE_MISSING", "SUBJECT_REPORT_MISSING", "RESULT_REPORT_OVERDUE");
	}

	private static LocalDate date(int day) {
		return LocalDate.of(2026, 3, 1).plusDays(day - 1);
	}

}
