package vn.mttq.giamsat.recommendation.tracking.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.recommendation.deadline.DeadlineExplanation;
import vn.mttq.giamsat.recommendation.deadline.DuePeriod;
import vn.mttq.giamsat.recommendation.deadline.Extension;
import vn.mttq.giamsat.recommendation.deadline.Pause;
import vn.mttq.giamsat.recommendation.tracking.Answer;
import vn.mttq.giamsat.recommendation.tracking.AnswerDeadline;
import vn.mttq.giamsat.recommendation.tracking.Closure;
import vn.mttq.giamsat.recommendation.tracking.Escalation;
import vn.mttq.giamsat.recommendation.tracking.HistoryEntry;
import vn.mttq.giamsat.recommendation.tracking.IssuedItem;
import vn.mttq.giamsat.recommendation.tracking.LifecycleAction;
import vn.mttq.giamsat.recommendation.tracking.RecommendationStatus;
import vn.mttq.giamsat.recommendation.tracking.Reply;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;
import vn.mttq.giamsat.support.security.Actor;

/**
 * A tracked recommendation as the API shows it, with its due date's explanation, what the
 * caller may do now, and its whole history.
 *
 * @param id the recommendation id
 * @param version the version to send back in {@code If-Match} (also the ETag)
 * @param letterId the letter it was issued in
 * @param letterNumber that letter's official number
 * @param activityId the activity the letter concludes
 * @param issuingBodyId the Front body that issued it
 * @param addresseeAgencyId the agency that must answer
 * @param copyRecipientIds who received copies
 * @param level the issuing body's level on the letter's date
 * @param supervisionForm the form of the activity
 * @param itemType the type of item
 * @param content what the agency is asked to do
 * @param issuedOn the letter's date
 * @param letterDocuments the letter's own files (its signed scan), downloaded from
 * supervision-service
 * @param status where it stands
 * @param answer the agency's answer, once given
 * @param closure how it was closed, once closed
 * @param dueDate the answer date in force, {@code null} when none or paused
 * @param dueDateExplanation how that date was reached: rule, start, days skipped and why
 * @param dueDateProvisional whether that date is counted from the issue date because the
 * receipt is not known yet
 * @param provisionalDueDate the date computed before the receipt was known, kept after
 * @param dueRule the period the issuing official gave instead of a date, if any
 * @param overdue whether the due date passed without an answer
 * @param overdueSince the first overdue day, if it is or was overdue
 * @param paused whether the deadline clock is stopped
 * @param extensions the extensions granted
 * @param pauses the pauses of the deadline clock
 * @param escalations where it was escalated
 * @param acknowledgedAt when the agency confirmed receipt
 * @param answeredAt when it answered
 * @param closedAt when it was closed
 * @param issuedAt when it was issued
 * @param trackedAt when tracking started
 * @param allowedActions what the caller may do now
 * @param history every step so far, oldest first
 */
record RecommendationView(String id, long version, String letterId, String letterNumber, String activityId,
		String issuingBodyId, String addresseeAgencyId, List<String> copyRecipientIds, String level,
		String supervisionForm, String itemType, String content, LocalDate issuedOn,
		List<DocumentReference> letterDocuments, RecommendationStatus status, Answer answer, Closure closure,
		LocalDate dueDate, DeadlineExplanation dueDateExplanation, boolean dueDateProvisional,
		LocalDate provisionalDueDate, DuePeriod dueRule, boolean overdue, LocalDate overdueSince, boolean paused,
		List<Extension> extensions, List<Pause> pauses, List<Escalation> escalations, Instant acknowledgedAt,
		Instant answeredAt, Instant closedAt, Instant issuedAt, Instant trackedAt, List<LifecycleAction> allowedActions,
		List<HistoryEntry> history) {

	static RecommendationView of(TrackedRecommendation r, Actor actor) {
		IssuedItem item = r.item();
		AnswerDeadline deadline = r.deadline();
		Reply reply = r.reply();
		return new RecommendationView(r.id(), (r.version() != null) ? r.version() : 0, item.letterId(),
				item.letterNumber(), item.activityId(), item.issuingBodyId(), item.addresseeAgencyId(),
				item.copyRecipientIds(), item.level(), item.supervisionForm(), item.itemType(), item.content(),
				item.issuedOn(), item.letterDocuments(), r.status(), reply.answer(), r.closure(), deadline.dueDate(),
				deadline.dueDateExplanation(), deadline.dueDateProvisional(), deadline.provisionalDueDate(),
				deadline.duePeriod(), r.overdue(), r.followUp().overdueSince(), r.paused(), deadline.extensions(),
				deadline.pauses(), r.escalations(), reply.acknowledgedAt(), reply.answeredAt(), r.closedAt(),
				r.issuedAt(), r.trackedAt(), r.allowedActions(actor), r.history());
	}

}
