package vn.mttq.giamsat.recommendation.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.recommendation.Transition;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.recommendation.deadline.DayCounting;
import vn.mttq.giamsat.recommendation.deadline.DeadlineEngine;
import vn.mttq.giamsat.recommendation.deadline.DeadlineRules;
import vn.mttq.giamsat.recommendation.deadline.DuePeriod;
import vn.mttq.giamsat.recommendation.deadline.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.AGENCY;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.FRONT;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.FRONT_OFFICIAL;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.ISSUED_ON;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.POLICY;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.at;

/**
 * An item's own period, its provisional due date, and the names in its notes, on the real
 * deadline engine.
 */
class ItemRuleAndNotesTests {

	static final DueDates ENGINE = new DeadlineEngine(WorkingCalendar.fromClasspath(),
			DeadlineRules.shipped())::compute;

	static final Map<String, String> NAMES = Map.of("ubnd-tinh-dien-bien", "Ủy ban nhân dân tỉnh Điện Biên",
			"ubmttq-trung-uong", "Ủy ban Trung ương MTTQ Việt Nam");

	static final EscalationTargets NAMED_TARGETS = new EscalationTargets() {

		@Override
		public Target targetFor(TrackedRecommendation recommendation, int step) {
			return Recommendations.TARGETS.targetFor(recommendation, step);
		}

		@Override
		public String nameOf(String organisationId) {
			return NAMES.getOrDefault(organisationId, organisationId);
		}

	};

	static TrackedRecommendation issued(RecommendationIssued.DueRule rule) {
		RecommendationIssued event = new RecommendationIssued(UUID.randomUUID().toString(), at(ISSUED_ON),
				UUID.randomUUID().toString(), "letter-125", "125/KN-MTTQ-BTT", "activity-1", FRONT, AGENCY,
				"Công khai danh sách hộ được hỗ trợ", ISSUED_ON, null, "RECOMMENDATION", "AMEND_POLICY", "SUPERVISION",
				"DELEGATION", "PROVINCE", List.of(), rule);
		return TrackedRecommendation.issued(event, ENGINE, POLICY, at(ISSUED_ON));
	}

	@Test
	void anItemWithAPeriodGivenByTheOfficialIsCountedInItsCountingAndNamesIt() {
		TrackedRecommendation recommendation = issued(new RecommendationIssued.DueRule(30, "WORKING_DAYS"));

		assertThat(recommendation.deadline().duePeriod()).isEqualTo(new DuePeriod(30, DayCounting.WORKING_DAYS));
		// 30 working days from Monday 2 March 2026, counted from the issue date until the
		// receipt is known: six weeks of five days
		assertThat(recommendation.dueDate()).isEqualTo(LocalDate.of(2026, 4, 13));
		assertThat(recommendation.deadline().dueDateProvisional()).isTrue();
		assertThat(recommendation.deadline().dueDateExplanation().ruleId()).isEqualTo("official-period");
		assertThat(recommendation.history().get(0).note()).contains("Hạn do người ban hành quy định: 30 ngày làm việc");

		recommendation.received(LocalDate.of(2026, 3, 9), "EMAIL delivered", "d-1", at(LocalDate.of(2026, 3, 9)),
				ENGINE, POLICY);
		recommendation.take(new Step(LifecycleAction.EXTEND, "Chờ số liệu.", List.of(), 5, null, null), List.of(),
				FRONT_OFFICIAL, at(LocalDate.of(2026, 3, 10)), ENGINE, POLICY, NAMED_TARGETS);

		assertThat(recommendation.deadline().dueDateExplanation().start()).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(recommendation.deadline().dueDateExplanation().adjustments()).singleElement()
			.asString()
			.startsWith("gia hạn thêm 5 ngày làm việc");
	}

	@Test
	void theProvisionalDueDateIsAFieldThatStaysOnceTheReceiptFixesTheDate() {
		TrackedRecommendation recommendation = issued(null);

		assertThat(recommendation.deadline().dueDateProvisional()).isTrue();
		assertThat(recommendation.deadline().provisionalDueDate()).isEqualTo(LocalDate.of(2026, 4, 1));

		recommendation.received(LocalDate.of(2026, 3, 6), "EMAIL delivered", "d-1", at(LocalDate.of(2026, 3, 6)),
				ENGINE, POLICY);

		assertThat(recommendation.deadline().dueDateProvisional()).isFalse();
		assertThat(recommendation.dueDate()).isEqualTo(LocalDate.of(2026, 4, 6));
		assertThat(recommendation.deadline().provisionalDueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void theTrackedEventSaysTheLetterKindAndThatTheDateIsProvisionalUntilTheReceiptFixesIt() {
		TrackedRecommendation recommendation = issued(null);

		RecommendationLifecycleEvent tracked = recommendation.newEvents().get(0);
		assertThat(tracked.transition()).isEqualTo(Transition.TRACKED.name());
		assertThat(tracked.recommendation().letterKind()).isEqualTo("RECOMMENDATION");
		assertThat(tracked.recommendation().dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(tracked.recommendation().dueDateProvisional()).isTrue();
		assertThat(tracked.recommendation().dueDateExplanationEn())
			.isEqualTo(recommendation.deadline().dueDateExplanation().textEn())
			.startsWith("Provisional answer due date 1 April 2026: ")
			.doesNotContain("Hạn");

		recommendation.received(LocalDate.of(2026, 3, 6), "EMAIL delivered", "d-1", at(LocalDate.of(2026, 3, 6)),
				ENGINE, POLICY);

		RecommendationLifecycleEvent received = recommendation.newEvents().get(1);
		assertThat(received.transition()).isEqualTo(Transition.RECEIVED.name());
		assertThat(received.recommendation().letterKind()).isEqualTo("RECOMMENDATION");
		assertThat(received.recommendation().dueDate()).isEqualTo(LocalDate.of(2026, 4, 6));
		assertThat(received.recommendation().dueDateProvisional()).isFalse();
		assertThat(received.recommendation().dueDateExplanationEn()).startsWith("Answer due 6 April 2026: ");
	}

	@Test
	void aDateTheOfficialSetIsFirmFromTheTrackedEventOn() {
		RecommendationIssued event = new RecommendationIssued(UUID.randomUUID().toString(), at(ISSUED_ON),
				UUID.randomUUID().toString(), "letter-126", "126/PB-MTTQ-BTT", "activity-2", FRONT, AGENCY,
				"Góp ý dự thảo quy định", ISSUED_ON, LocalDate.of(2026, 4, 20), "SOCIAL_CRITICISM", null,
				"SOCIAL_CRITICISM", null, "PROVINCE", List.of(), null);

		RecommendationLifecycleEvent.Snapshot tracked = TrackedRecommendation
			.issued(event, ENGINE, POLICY, at(ISSUED_ON))
			.newEvents()
			.get(0)
			.recommendation();

		assertThat(tracked.letterKind()).isEqualTo("SOCIAL_CRITICISM");
		assertThat(tracked.dueDateProvisional()).isFalse();
		assertThat(tracked.dueDateExplanationEn())
			.startsWith("Answer due 20 April 2026: date set by the issuing official");
	}

	@Test
	void escalationNotesNameTheBodiesAndFallBackToTheIdOfAnUnknownOne() {
		TrackedRecommendation recommendation = issued(null);
		LocalDate lateEnough = LocalDate.of(2026, 4, 12);
		recommendation.runSchedule(lateEnough, at(lateEnough), POLICY, NAMED_TARGETS);
		recommendation.take(
				new Step(LifecycleAction.ESCALATE, "Báo cáo Thường trực HĐND.", List.of(), null, null,
						"hdnd-tinh-dien-bien"),
				List.of(), FRONT_OFFICIAL, at(lateEnough.plusDays(1)), ENGINE, POLICY, NAMED_TARGETS);

		List<String> notes = recommendation.history()
			.stream()
			.filter((step) -> step.is(Transition.ESCALATED))
			.map(HistoryEntry::note)
			.toList();
		assertThat(notes).hasSize(2);
		assertThat(notes.get(0)).contains("chuyển đến Ủy ban nhân dân tỉnh Điện Biên").doesNotContain("ubnd-tinh");
		assertThat(notes.get(1)).contains("Chuyển đến hdnd-tinh-dien-bien");
	}

}
