package vn.mttq.giamsat.events.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.events.DocumentReference;

import static vn.mttq.giamsat.events.EventFields.required;
import static vn.mttq.giamsat.events.EventFields.requiredText;

/**
 * One step of a recommendation's lifecycle: a transition made by a person (an agency
 * answers, the Front closes) or by the scheduler (a reminder, the overdue mark, an
 * escalation). Published on {@code recommendation.lifecycle} with the recommendation id
 * as key, in the order of {@link #sequence()}. Each event carries the whole
 * recommendation as it stands after the step, so a consumer keeps its own view from the
 * latest event alone.
 *
 * @param eventId unique id of this event; consumers use it to apply the event once
 * @param occurredAt when the step was taken
 * @param recommendationId the recommendation, also the key
 * @param sequence 1 for the first step of a recommendation, then one more for each step;
 * a consumer ignores an event whose sequence it has already passed
 * @param transition what happened: {@code TRACKED}, {@code ACKNOWLEDGED},
 * {@code RECEIVED} (the addressee received it: delivered, read or acknowledged in the
 * inbox), {@code ACCEPTED}, {@code EXPLAINED}, {@code REVIEW_REQUESTED},
 * {@code PROGRESS_REPORTED}, {@code RESOLUTION_REPORTED}, {@code SENT_BACK},
 * {@code TAKEN_TO_DIALOGUE}, {@code REMINDED}, {@code MARKED_OVERDUE}, {@code ESCALATED},
 * {@code DUE_DATE_CHANGED}, {@code CLOSED} or {@code REOPENED}
 * @param previousStatus the status before the step ({@code null} for {@code TRACKED})
 * @param status the status after it
 * @param actor who took the step
 * @param note the actor's words, or the system's explanation
 * @param attachments names of documents kept outside the system, as steps recorded before
 * documents were stored carry them; empty for new steps
 * @param recommendation the recommendation as it stands after the step
 * @param documents the stored documents that came with this step, never their content:
 * for {@code TRACKED} the letter's own (its signed scan), for an agency's answer or
 * report its reply and evidence; empty when none
 */
public record RecommendationLifecycleEvent(String eventId, Instant occurredAt, String recommendationId, long sequence,
		String transition, String previousStatus, String status, Actor actor, String note, List<String> attachments,
		Snapshot recommendation, List<DocumentReference> documents) {

	/** The CloudEvents type, with the contract version. */
	public static final String TYPE = "vn.mttq.giamsat.recommendation.RecommendationLifecycleEvent.v1";

	/** The CloudEvents source of the producing service. */
	public static final String SOURCE = "/recommendation-service";

	public RecommendationLifecycleEvent {
		requiredText(eventId, "eventId");
		required(occurredAt, "occurredAt");
		requiredText(recommendationId, "recommendationId");
		if (sequence < 1) {
			throw new IllegalArgumentException("field 'sequence' must be 1 or more");
		}
		requiredText(transition, "transition");
		requiredText(status, "status");
		required(actor, "actor");
		required(recommendation, "recommendation");
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		documents = (documents != null) ? List.copyOf(documents) : List.of();
	}

	/**
	 * Creates an event without stored documents, as producers before they were added
	 * write it.
	 */
	public RecommendationLifecycleEvent(String eventId, Instant occurredAt, String recommendationId, long sequence,
			String transition, String previousStatus, String status, Actor actor, String note, List<String> attachments,
			Snapshot recommendation) {
		this(eventId, occurredAt, recommendationId, sequence, transition, previousStatus, status, actor, note,
				attachments, recommendation, List.of());
	}

	/**
	 * Who took a step.
	 *
	 * @param kind {@code PERSON} for a signed-in user, {@code SYSTEM} for the scheduler
	 * or the service itself
	 * @param organisationId the organisation on whose behalf it was done ({@code null}
	 * for the scheduler; the issuing body for {@code TRACKED}, the addressee for
	 * {@code RECEIVED})
	 * @param userId the user ({@code null} for the system)
	 * @param role the role the user acted in ({@code null} for the system)
	 */
	public record Actor(String kind, String organisationId, String userId, String role) {

		public Actor {
			requiredText(kind, "actor.kind");
		}

	}

	/**
	 * A recommendation as it stands after a step.
	 *
	 * @param letterId the letter it was issued in
	 * @param letterNumber that letter's official number
	 * @param activityId the activity the letter concludes
	 * @param issuingBodyId the Front body that issued it
	 * @param addresseeAgencyId the agency that must answer
	 * @param copyRecipientIds who receives copies (NQLT 403 Art. 9.3)
	 * @param level the issuing body's level on the letter's date, if known
	 * @param supervisionForm the form of the activity, if known
	 * @param itemType the type of item, if known
	 * @param content what the agency is asked to do
	 * @param issuedOn the letter's date
	 * @param dueDate the answer date now in force, {@code null} when no rule sets one
	 * @param dueDateExplanation how the due date was reached, in Vietnamese
	 * @param acknowledgedAt when the agency confirmed receipt, if it has
	 * @param answeredAt when the agency answered (accepted, explained or asked for
	 * review), if it has
	 * @param answer {@code ACCEPTED}, {@code EXPLAINED} or {@code REVIEW_REQUESTED}, once
	 * answered
	 * @param overdue whether the due date has passed without an answer
	 * @param reminders how many reminders were sent
	 * @param escalatedToIds the bodies it was escalated to, in order
	 * @param closure {@code RESOLVED}, {@code UNRESOLVED}, {@code AGREED} (the Front
	 * agreed with the explanation) or {@code WITHDRAWN}, once closed
	 * @param closedAt when it was closed, if it is
	 * @param letterKind {@code RECOMMENDATION}, {@code SOCIAL_CRITICISM} or
	 * {@code OPINION}, if known
	 * @param dueDateProvisional whether the due date is counted from the letter's date
	 * because the event its rule counts from (the receipt) has not happened yet; it is
	 * computed again when that event arrives; never {@code null} (missing in events
	 * written before it was added, and then {@code false})
	 * @param dueDateExplanationEn how the due date was reached, in English
	 */
	public record Snapshot(String letterId, String letterNumber, String activityId, String issuingBodyId,
			String addresseeAgencyId, List<String> copyRecipientIds, String level, String supervisionForm,
			String itemType, String content, LocalDate issuedOn, LocalDate dueDate, String dueDateExplanation,
			Instant acknowledgedAt, Instant answeredAt, String answer, boolean overdue, int reminders,
			List<String> escalatedToIds, String closure, Instant closedAt, String letterKind,
			Boolean dueDateProvisional, String dueDateExplanationEn) {

		public Snapshot {
			requiredText(letterId, "recommendation.letterId");
			requiredText(issuingBodyId, "recommendation.issuingBodyId");
			requiredText(addresseeAgencyId, "recommendation.addresseeAgencyId");
			required(issuedOn, "recommendation.issuedOn");
			copyRecipientIds = (copyRecipientIds != null) ? List.copyOf(copyRecipientIds) : List.of();
			escalatedToIds = (escalatedToIds != null) ? List.copyOf(escalatedToIds) : List.of();
			// An event written before the mark was added has none: its date was not
			// marked
			// provisional.
			dueDateProvisional = Boolean.TRUE.equals(dueDateProvisional);
		}

		/**
		 * Creates a snapshot without the letter kind, the provisional mark and the
		 * English explanation, as producers before they were added write it.
		 */
		public Snapshot(String letterId, String letterNumber, String activityId, String issuingBodyId,
				String addresseeAgencyId, List<String> copyRecipientIds, String level, String supervisionForm,
				String itemType, String content, LocalDate issuedOn, LocalDate dueDate, String dueDateExplanation,
				Instant acknowledgedAt, Instant answeredAt, String answer, boolean overdue, int reminders,
				List<String> escalatedToIds, String closure, Instant closedAt) {
			this(letterId, letterNumber, activityId, issuingBodyId, addresseeAgencyId, copyRecipientIds, level,
					supervisionForm, itemType, content, issuedOn, dueDate, dueDateExplanation, acknowledgedAt,
					answeredAt, answer, overdue, reminders, escalatedToIds, closure, closedAt, null, false, null);
		}

	}

}
