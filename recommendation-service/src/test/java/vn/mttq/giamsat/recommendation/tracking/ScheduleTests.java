package vn.mttq.giamsat.recommendation.tracking;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.ISSUED_ON;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.POLICY;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.TARGETS;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.at;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.tracked;

/**
 * The scheduler's steps on one recommendation due on 1 April 2026 (30 days from 2 March),
 * with reminders 7 and 1 days before it and escalations when 10 and 30 days late.
 */
class ScheduleTests {

	private static final LocalDate DUE = ISSUED_ON.plusDays(30);

	@Test
	void nothingHappensBeforeTheFirstReminderPoint() {
		TrackedRecommendation recommendation = tracked();

		assertThat(run(recommendation, DUE.minusDays(8))).isZero();
		assertThat(recommendation.followUp().nextCheckOn()).isEqualTo(DUE.minusDays(7));
	}

	@Test
	void eachPointIsTakenOnceHoweverManyPassesRun() {
		TrackedRecommendation recommendation = tracked();

		assertThat(run(recommendation, DUE.minusDays(7))).isOne();
		assertThat(run(recommendation, DUE.minusDays(7))).isZero();
		assertThat(run(recommendation, DUE.minusDays(3))).isZero();
		assertThat(run(recommendation, DUE.minusDays(1))).isOne();
		assertThat(run(recommendation, DUE)).isZero();
		assertThat(run(recommendation, DUE.plusDays(1))).isOne();
		assertThat(run(recommendation, DUE.plusDays(9))).isZero();
		assertThat(run(recommendation, DUE.plusDays(10))).isOne();
		assertThat(run(recommendation, DUE.plusDays(29))).isZero();
		assertThat(run(recommendation, DUE.plusDays(30))).isOne();
		assertThat(run(recommendation, DUE.plusDays(90))).isZero();

		assertThat(recommendation.history()).extracting(HistoryEntry::transition)
			.containsExactly("TRACKED", "REMINDED", "REMINDED", "MARKED_OVERDUE", "ESCALATED", "ESCALATED");
		assertThat(recommendation.escalations()).extracting(Escalation::toOrganisationId)
			.containsExactly("ubnd-tinh-dien-bien", "ubmttq-trung-uong");
		assertThat(recommendation.followUp().nextCheckOn()).isNull();
	}

	@Test
	void theOverdueMarkComesTheDayAfterTheDueDate() {
		TrackedRecommendation recommendation = tracked();
		run(recommendation, DUE);
		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.AWAITING_RESPONSE);

		run(recommendation, DUE.plusDays(1));

		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.OVERDUE);
		assertThat(recommendation.followUp().overdueSince()).isEqualTo(DUE.plusDays(1));
		RecommendationLifecycleEvent event = recommendation.newEvents().get(recommendation.newEvents().size() - 1);
		assertThat(event.transition()).isEqualTo("MARKED_OVERDUE");
		assertThat(event.actor().kind()).isEqualTo("SYSTEM");
		assertThat(event.recommendation().overdue()).isTrue();
	}

	@Test
	void catchingUpAfterDowntimeSendsOnlyTheNearestReminder() {
		TrackedRecommendation recommendation = tracked();

		assertThat(run(recommendation, DUE.minusDays(1))).isOne();

		assertThat(recommendation.history().get(1).note()).isEqualTo("Nhắc trả lời: hạn 01/04/2026, còn 1 ngày.");
		assertThat(run(recommendation, DUE)).isZero();
	}

	@Test
	void catchingUpLongAfterTheDueDateMarksOverdueAndEscalatesWithoutStaleReminders() {
		TrackedRecommendation recommendation = tracked();

		assertThat(run(recommendation, DUE.plusDays(12))).isEqualTo(2);

		assertThat(recommendation.history()).extracting(HistoryEntry::transition)
			.containsExactly("TRACKED", "MARKED_OVERDUE", "ESCALATED");
		assertThat(recommendation.followUp().overdueSince())
			.as("the objective first overdue day, not the day of the pass")
			.isEqualTo(DUE.plusDays(1));
		assertThat(recommendation.followUp().nextCheckOn()).isEqualTo(DUE.plusDays(30));
	}

	@Test
	void anAnsweredItemIsNeitherRemindedNorEscalated() {
		TrackedRecommendation recommendation = tracked();
		recommendation.take(Recommendations.step(LifecycleAction.ACCEPT, "Tiếp thu."), List.of(),
				Recommendations.AGENCY_OFFICER, at(ISSUED_ON.plusDays(3)), Recommendations.THIRTY_DAYS, POLICY,
				TARGETS);

		assertThat(recommendation.followUp().nextCheckOn()).isNull();
		assertThat(run(recommendation, DUE.plusDays(40))).isZero();
	}

	private static int run(TrackedRecommendation recommendation, LocalDate today) {
		return recommendation.runSchedule(today, at(today), POLICY, TARGETS);
	}

}
