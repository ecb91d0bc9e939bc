package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.InvalidStateException;
import vn.mttq.giamsat.support.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.ACCEPT;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.ACKNOWLEDGE;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.AGREE;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.CLOSE_RESOLVED;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.CLOSE_UNRESOLVED;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.ESCALATE;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.EXPLAIN;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.PAUSE;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.REOPEN;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.REPORT_PROGRESS;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.REPORT_RESOLUTION;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.REQUEST_REVIEW;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.RESUME;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.SEND_BACK;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.TAKE_TO_DIALOGUE;
import static vn.mttq.giamsat.recommendation.tracking.LifecycleAction.WITHDRAW;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.AGENCY_OFFICER;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.FRONT_OFFICIAL;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.ISSUED_ON;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.MONITOR;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.OTHER_AGENCY_OFFICER;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.OTHER_FRONT_OFFICIAL;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.POLICY;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.TARGETS;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.THIRTY_DAYS;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.at;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.extend;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.step;
import static vn.mttq.giamsat.recommendation.tracking.Recommendations.tracked;

class LifecycleTransitionTests {

	private static final Instant DAY_5 = at(ISSUED_ON.plusDays(5));

	private static final Instant DAY_10 = at(ISSUED_ON.plusDays(10));

	private static final Instant DAY_20 = at(ISSUED_ON.plusDays(20));

	@Test
	void trackingStartsAwaitingTheAnswerWithTheFirstStepAndItsEvent() {
		TrackedRecommendation recommendation = tracked();

		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.AWAITING_RESPONSE);
		assertThat(recommendation.dueDate()).isEqualTo(ISSUED_ON.plusDays(30));
		assertThat(recommendation.history()).extracting(HistoryEntry::sequence, HistoryEntry::transition)
			.containsExactly(tuple(1L, "TRACKED"));
		RecommendationLifecycleEvent event = recommendation.newEvents().get(0);
		assertThat(event.sequence()).isEqualTo(1);
		assertThat(event.transition()).isEqualTo("TRACKED");
		assertThat(event.previousStatus()).isNull();
		assertThat(event.recommendation().dueDate()).isEqualTo(ISSUED_ON.plusDays(30));
		assertThat(event.recommendation().addresseeAgencyId()).isEqualTo(Recommendations.AGENCY);
	}

	@Test
	void agencyAcknowledgesThenAcceptsInTime() {
		TrackedRecommendation recommendation = tracked();

		take(recommendation, step(ACKNOWLEDGE, null), AGENCY_OFFICER, DAY_5);
		take(recommendation, step(ACCEPT, "Sở tiếp thu, sẽ công khai trước 30/4."), AGENCY_OFFICER, DAY_10);

		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.ACCEPTED);
		assertThat(recommendation.reply().acknowledgedAt()).isEqualTo(DAY_5);
		assertThat(recommendation.reply().answeredAt()).isEqualTo(DAY_10);
		assertThat(recommendation.reply().answer()).isEqualTo(Answer.ACCEPTED);
		assertThat(recommendation.history())
			.extracting(HistoryEntry::transition, HistoryEntry::fromStatus, HistoryEntry::status)
			.containsExactly(tuple("TRACKED", null, RecommendationStatus.AWAITING_RESPONSE),
					tuple("ACKNOWLEDGED", RecommendationStatus.AWAITING_RESPONSE, RecommendationStatus.ACKNOWLEDGED),
					tuple("ACCEPTED", RecommendationStatus.ACKNOWLEDGED, RecommendationStatus.ACCEPTED));
		HistoryEntry accepted = recommendation.history().get(2);
		assertThat(accepted.actor())
			.isEqualTo(new StepActor("PERSON", "canbo.so.nnmt", Recommendations.AGENCY, "AGENCY_OFFICER"));
		assertThat(accepted.note()).startsWith("Sở tiếp thu").endsWith("Trả lời trong hạn.");
		assertThat(recommendation.newEvents()).extracting(RecommendationLifecycleEvent::sequence)
			.containsExactly(1L, 2L, 3L);
	}

	@Test
	void acceptedWorkIsReportedResolvedWithEvidenceAndTheFrontClosesIt() {
		TrackedRecommendation recommendation = tracked();
		take(recommendation, step(ACCEPT, "Tiếp thu."), AGENCY_OFFICER, DAY_5);

		take(recommendation, step(REPORT_PROGRESS, "Đã rà soát 12/20 xã."), AGENCY_OFFICER, DAY_10);
		take(recommendation, step(REPORT_RESOLUTION, "Đã công khai tại 20 xã.", List.of("bien-ban-cong-khai")),
				AGENCY_OFFICER, DAY_20);
		take(recommendation, step(CLOSE_RESOLVED, null), FRONT_OFFICIAL, DAY_20);

		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.CLOSED);
		assertThat(recommendation.closure()).isEqualTo(Closure.RESOLVED);
		assertThat(recommendation.history().get(3).documents()).extracting(DocumentReference::name)
			.containsExactly("bien-ban-cong-khai.pdf");
		assertThat(recommendation.newEvents().get(3).documents()).extracting(DocumentReference::id)
			.containsExactly("bien-ban-cong-khai");
		assertThat(recommendation.newEvents().get(4).recommendation().closure()).isEqualTo("RESOLVED");
	}

	@Test
	void theFrontSendsAnInsufficientResolutionBack() {
		TrackedRecommendation recommendation = tracked();
		take(recommendation, step(ACCEPT, "Tiếp thu."), AGENCY_OFFICER, DAY_5);
		take(recommendation, step(REPORT_RESOLUTION, "Xong.", List.of("anh.jpg")), AGENCY_OFFICER, DAY_10);

		take(recommendation, step(SEND_BACK, "Chưa công khai tại 8 xã."), FRONT_OFFICIAL, DAY_20);

		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
		assertThat(recommendation.allowedActions(AGENCY_OFFICER)).contains(REPORT_PROGRESS, REPORT_RESOLUTION);
	}

	@Test
	void theFrontAgreesWithAnExplanation() {
		TrackedRecommendation recommendation = tracked();
		take(recommendation, step(EXPLAIN, "Danh sách có thông tin cá nhân; công khai theo thôn."), AGENCY_OFFICER,
				DAY_5);

		take(recommendation, step(AGREE, null), FRONT_OFFICIAL, DAY_10);

		assertThat(recommendation.closure()).isEqualTo(Closure.AGREED);
		assertThat(recommendation.reply().answer()).isEqualTo(Answer.EXPLAINED);
	}

	@Test
	void anExplanationTheFrontDisputesGoesToDialogueAndIsPutToTheAgencyAgain() {
		TrackedRecommendation recommendation = tracked();
		take(recommendation, step(EXPLAIN, "Không có kinh phí."), AGENCY_OFFICER, DAY_5);
		take(recommendation, step(TAKE_TO_DIALOGUE, "Đối thoại ngày 20/3."), FRONT_OFFICIAL, DAY_10);

		take(recommendation, step(REOPEN, "Sau đối thoại, đề nghị trả lời lại."), FRONT_OFFICIAL, DAY_20);

		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.AWAITING_RESPONSE);
		assertThat(recommendation.reply().answer()).isNull();
		assertThat(recommendation.dueDate()).as("counted again from the day it was reopened")
			.isEqualTo(ISSUED_ON.plusDays(20 + 30));
	}

	@Test
	void aReviewRequestCanEndInWithdrawal() {
		TrackedRecommendation recommendation = tracked();
		take(recommendation, step(REQUEST_REVIEW, "Kiến nghị không thuộc thẩm quyền của Sở."), AGENCY_OFFICER, DAY_5);
		take(recommendation, step(TAKE_TO_DIALOGUE, "Đối thoại."), FRONT_OFFICIAL, DAY_10);

		take(recommendation, step(WITHDRAW, "Chuyển kiến nghị sang UBND tỉnh."), FRONT_OFFICIAL, DAY_20);

		assertThat(recommendation.closure()).isEqualTo(Closure.WITHDRAWN);
		assertThat(recommendation.allowedActions(FRONT_OFFICIAL)).containsExactly(REOPEN);
	}

	@Test
	void aClosedRecommendationIsReopenedOnReSupervisionWithANewDueDate() {
		TrackedRecommendation recommendation = tracked();
		take(recommendation, step(EXPLAIN, "Không có kinh phí."), AGENCY_OFFICER, DAY_5);
		take(recommendation, step(CLOSE_UNRESOLVED, "Không giải quyết."), FRONT_OFFICIAL, DAY_10);

		Step reopen = new Step(REOPEN, "Tái giám sát năm 2026.", List.of(), null, ISSUED_ON.plusDays(45), null);
		take(recommendation, reopen, FRONT_OFFICIAL, DAY_20);

		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.AWAITING_RESPONSE);
		assertThat(recommendation.closure()).isNull();
		assertThat(recommendation.dueDate()).isEqualTo(ISSUED_ON.plusDays(45));
		assertThat(recommendation.history()).extracting(HistoryEntry::transition)
			.containsExactly("TRACKED", "EXPLAINED", "CLOSED", "REOPENED");
	}

	@Test
	void theFrontEscalatesAnOverdueItemToTheDefaultOrAChosenBody() {
		TrackedRecommendation recommendation = tracked();
		recommendation.runSchedule(ISSUED_ON.plusDays(31), at(ISSUED_ON.plusDays(31)), POLICY, TARGETS);

		take(recommendation, step(ESCALATE, "Sở không trả lời."), FRONT_OFFICIAL, at(ISSUED_ON.plusDays(32)));
		take(recommendation,
				new Step(ESCALATE, "Báo cáo Thường trực HĐND.", List.of(), null, null, "hdnd-tinh-dien-bien"),
				FRONT_OFFICIAL, at(ISSUED_ON.plusDays(33)));

		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.ESCALATED);
		assertThat(recommendation.escalations()).extracting(Escalation::toOrganisationId)
			.containsExactly("ubnd-tinh-dien-bien", "hdnd-tinh-dien-bien");
	}

	@Test
	void anAnswerAfterTheDueDateIsRecordedAsLate() {
		TrackedRecommendation recommendation = tracked();
		recommendation.runSchedule(ISSUED_ON.plusDays(31), at(ISSUED_ON.plusDays(31)), POLICY, TARGETS);

		take(recommendation, step(ACCEPT, "Tiếp thu."), AGENCY_OFFICER, at(ISSUED_ON.plusDays(35)));

		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.ACCEPTED);
		assertThat(recommendation.overdue()).isFalse();
		assertThat(recommendation.followUp().overdueSince()).isEqualTo(ISSUED_ON.plusDays(31));
		assertThat(recommendation.history().get(2).note()).endsWith("Trả lời sau hạn 01/04/2026.");
	}

	@ParameterizedTest
	@EnumSource(value = LifecycleAction.class, names = { "CLOSE_RESOLVED", "SEND_BACK", "AGREE", "TAKE_TO_DIALOGUE",
			"ESCALATE", "CLOSE_UNRESOLVED", "WITHDRAW", "REOPEN", "EXTEND", "PAUSE", "RESUME" })
	void anAgencyOfficerTakesNoneOfTheFrontsSteps(LifecycleAction action) {
		assertRefused(action, AGENCY_OFFICER, ForbiddenException.class);
	}

	@ParameterizedTest
	@EnumSource(value = LifecycleAction.class,
			names = { "ACKNOWLEDGE", "ACCEPT", "EXPLAIN", "REQUEST_REVIEW", "REPORT_PROGRESS", "REPORT_RESOLUTION" })
	void aFrontOfficialTakesNoneOfTheAgencysSteps(LifecycleAction action) {
		assertRefused(action, FRONT_OFFICIAL, ForbiddenException.class);
	}

	@Test
	void anotherAgencyAnotherFrontBodyAndAMonitorTakeNoStep() {
		assertRefused(ACCEPT, OTHER_AGENCY_OFFICER, ForbiddenException.class);
		assertRefused(WITHDRAW, OTHER_FRONT_OFFICIAL, ForbiddenException.class);
		assertRefused(ACCEPT, MONITOR, ForbiddenException.class);
		assertRefused(WITHDRAW, MONITOR, ForbiddenException.class);
	}

	@Test
	void aStepNotAllowedInTheCurrentStatusIsRefusedWithWhatIsAllowed() {
		TrackedRecommendation recommendation = tracked();

		assertThatThrownBy(() -> take(recommendation, step(CLOSE_RESOLVED, null), FRONT_OFFICIAL, DAY_5))
			.isInstanceOfSatisfying(InvalidStateException.class, (ex) -> {
				assertThat(ex.currentState()).isEqualTo("AWAITING_RESPONSE");
				assertThat(ex.allowedActions()).containsExactly("WITHDRAW", "EXTEND", "PAUSE");
			});
		assertUnchanged(recommendation);
	}

	@Test
	void receiptIsAcknowledgedOnce() {
		TrackedRecommendation recommendation = tracked();
		take(recommendation, step(ACKNOWLEDGE, null), AGENCY_OFFICER, DAY_5);

		assertThatThrownBy(() -> take(recommendation, step(ACKNOWLEDGE, null), AGENCY_OFFICER, DAY_10))
			.isInstanceOf(InvalidStateException.class)
			.hasMessageContaining("not allowed while the recommendation is ACKNOWLEDGED");
	}

	@ParameterizedTest
	@EnumSource(value = LifecycleAction.class, names = { "ACCEPT", "EXPLAIN", "REQUEST_REVIEW" })
	void anAnswerWithoutContentIsRefusedNamingTheField(LifecycleAction action) {
		TrackedRecommendation recommendation = tracked();

		assertThatThrownBy(() -> take(recommendation, step(action, "  "), AGENCY_OFFICER, DAY_5))
			.isInstanceOfSatisfying(BusinessRuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("note"));
		assertUnchanged(recommendation);
	}

	@Test
	void aResolutionReportWithoutEvidenceIsRefused() {
		TrackedRecommendation recommendation = tracked();
		take(recommendation, step(ACCEPT, "Tiếp thu."), AGENCY_OFFICER, DAY_5);

		assertThatThrownBy(() -> take(recommendation, step(REPORT_RESOLUTION, "Xong."), AGENCY_OFFICER, DAY_10))
			.isInstanceOfSatisfying(BusinessRuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("documents"));
		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.ACCEPTED);
	}

	@Test
	void fieldsThatBelongToOtherActionsAreRefused() {
		TrackedRecommendation recommendation = tracked();

		assertThatThrownBy(() -> take(recommendation, new Step(ACCEPT, "Tiếp thu.", List.of(), 10, null, null),
				AGENCY_OFFICER, DAY_5))
			.isInstanceOfSatisfying(BusinessRuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("days"));
		assertThatThrownBy(() -> take(recommendation,
				new Step(LifecycleAction.EXTEND, "Thêm thời gian.", List.of(), null, null, null), FRONT_OFFICIAL,
				DAY_5))
			.isInstanceOfSatisfying(BusinessRuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("days"));
	}

	@Test
	void anExtensionMovesTheDueDateAndTakesAnOverdueItemBackToAwaiting() {
		TrackedRecommendation recommendation = tracked();
		recommendation.runSchedule(ISSUED_ON.plusDays(31), at(ISSUED_ON.plusDays(31)), POLICY, TARGETS);
		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.OVERDUE);

		take(recommendation, extend(15, "Sở đề nghị gia hạn do thiên tai."), FRONT_OFFICIAL,
				at(ISSUED_ON.plusDays(32)));

		assertThat(recommendation.dueDate()).isEqualTo(ISSUED_ON.plusDays(45));
		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.AWAITING_RESPONSE);
		assertThat(recommendation.overdue()).isFalse();
		HistoryEntry change = recommendation.history().get(recommendation.history().size() - 1);
		assertThat(change.transition()).isEqualTo("DUE_DATE_CHANGED");
		assertThat(change.note()).contains("Gia hạn thêm 15 ngày: Sở đề nghị gia hạn do thiên tai.")
			.contains("01/04/2026 → 16/04/2026");
	}

	@Test
	void aPauseStopsTheClockAndResumingPushesTheDueDateByThePausedDays() {
		TrackedRecommendation recommendation = tracked();

		take(recommendation, step(PAUSE, "Chờ kết luận thanh tra."), FRONT_OFFICIAL, DAY_10);
		assertThat(recommendation.dueDate()).isNull();
		assertThat(recommendation.followUp().nextCheckOn()).as("nothing for the scheduler while paused").isNull();
		assertThat(recommendation.allowedActions(FRONT_OFFICIAL)).contains(RESUME).doesNotContain(PAUSE);

		take(recommendation, step(RESUME, null), FRONT_OFFICIAL, DAY_20);

		assertThat(recommendation.paused()).isFalse();
		assertThat(recommendation.dueDate()).as("10 paused days, from day 10 to day 19")
			.isEqualTo(ISSUED_ON.plusDays(40));
	}

	@Test
	void theAddresseesReceiptRecountsAProvisionalDueDateOnce() {
		TrackedRecommendation recommendation = tracked();
		assertThat(recommendation.dueDate()).isEqualTo(ISSUED_ON.plusDays(30));

		assertThat(recommendation.received(ISSUED_ON.plusDays(4), "EMAIL delivered", "d-1", DAY_5, THIRTY_DAYS, POLICY))
			.isTrue();
		assertThat(recommendation.received(ISSUED_ON.plusDays(6), "INBOX read", "d-2", DAY_10, THIRTY_DAYS, POLICY))
			.as("a later receipt changes nothing")
			.isFalse();

		assertThat(recommendation.reply().deliveredOn()).isEqualTo(ISSUED_ON.plusDays(4));
		assertThat(recommendation.dueDate()).isEqualTo(ISSUED_ON.plusDays(34));
		HistoryEntry received = recommendation.history().get(1);
		assertThat(received.transition()).isEqualTo("RECEIVED");
		assertThat(received.status()).isEqualTo(RecommendationStatus.AWAITING_RESPONSE);
		assertThat(received.eventId()).isEqualTo("d-1");
		assertThat(received.note()).startsWith("Cơ quan đã nhận ngày 06/03/2026 (EMAIL delivered).")
			.contains("01/04/2026 →");
	}

	@Test
	void aReceiptThatGivesTheAgencyTimeAgainTakesAnOverdueItemBackToAwaiting() {
		TrackedRecommendation recommendation = tracked();
		recommendation.runSchedule(ISSUED_ON.plusDays(31), at(ISSUED_ON.plusDays(31)), POLICY, TARGETS);

		recommendation.received(ISSUED_ON.plusDays(10), "INBOX acknowledged", "d-3", at(ISSUED_ON.plusDays(32)),
				THIRTY_DAYS, POLICY);

		assertThat(recommendation.dueDate()).isEqualTo(ISSUED_ON.plusDays(40));
		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.AWAITING_RESPONSE);
		assertThat(recommendation.overdue()).isFalse();
	}

	@Test
	void acknowledgingIsAReceiptToo() {
		TrackedRecommendation recommendation = tracked();

		take(recommendation, step(ACKNOWLEDGE, null), AGENCY_OFFICER, DAY_5);

		assertThat(recommendation.reply().deliveredOn()).isEqualTo(ISSUED_ON.plusDays(5));
		assertThat(recommendation.dueDate()).isEqualTo(ISSUED_ON.plusDays(35));
	}

	@Test
	void theHistoryOnlyGrows() {
		TrackedRecommendation recommendation = tracked();
		take(recommendation, step(ACKNOWLEDGE, null), AGENCY_OFFICER, DAY_5);
		List<HistoryEntry> before = recommendation.history();

		take(recommendation, step(EXPLAIN, "Giải trình."), AGENCY_OFFICER, DAY_10);

		assertThat(recommendation.history()).startsWith(before.toArray(HistoryEntry[]::new)).hasSize(3);
	}

	@Test
	void aWithdrawalEventClosesTheItemOnce() {
		TrackedRecommendation recommendation = tracked();
		RecommendationWithdrawn withdrawn = new RecommendationWithdrawn("w-1", DAY_5, recommendation.id(), "letter-125",
				Recommendations.FRONT, Recommendations.AGENCY, "Sở đã tự khắc phục.", "canbo.mttq.tinh");

		assertThat(recommendation.withdraw(withdrawn)).isTrue();
		assertThat(recommendation.withdraw(withdrawn)).isFalse();

		assertThat(recommendation.closure()).isEqualTo(Closure.WITHDRAWN);
		assertThat(recommendation.history()).hasSize(2);
		assertThat(recommendation.history().get(1).eventId()).isEqualTo("w-1");
	}

	@Test
	void theActionsOfferedToEachSideFollowTheStatus() {
		TrackedRecommendation recommendation = tracked();

		assertThat(recommendation.allowedActions(AGENCY_OFFICER)).containsExactly(ACKNOWLEDGE, ACCEPT, EXPLAIN,
				REQUEST_REVIEW);
		assertThat(recommendation.allowedActions(MONITOR)).isEmpty();
		assertThat(recommendation.allowedActions(OTHER_AGENCY_OFFICER)).isEmpty();
	}

	private static void assertRefused(LifecycleAction action, Actor actor, Class<? extends Exception> refusal) {
		TrackedRecommendation recommendation = tracked();
		Step step = (action == LifecycleAction.EXTEND) ? extend(5, "Lý do.") : step(action, "Nội dung.");
		assertThatThrownBy(() -> take(recommendation, step, actor, DAY_5)).isInstanceOf(refusal);
		assertUnchanged(recommendation);
	}

	private static void assertUnchanged(TrackedRecommendation recommendation) {
		assertThat(recommendation.status()).isEqualTo(RecommendationStatus.AWAITING_RESPONSE);
		assertThat(recommendation.history()).hasSize(1);
		assertThat(recommendation.newEvents()).hasSize(1);
	}

	private static void take(TrackedRecommendation recommendation, Step step, Actor actor, Instant at) {
		recommendation.take(step, Recommendations.references(step), actor, at, THIRTY_DAYS, POLICY, TARGETS);
	}

	static LocalDate day(int offset) {
		return ISSUED_ON.plusDays(offset);
	}

}
