package vn.mttq.giamsat.notification.recipients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.recommendation.Transition;

/**
 * A step of a recommendation's lifecycle that may concern people, in the one shape the
 * rules and the templates read. A new item is told from its {@code TRACKED} step, which
 * carries the due date recommendation-service computed and how; a withdrawal from its
 * closing ({@code CLOSED} with the closure {@code WITHDRAWN}), with the reason. Its
 * {@code RECEIVED} step carries the firm due date once a date counted from the receipt is
 * computed again from it. A step names the documents that came with it, which its notices
 * say are attached.
 *
 * @param eventId the event's id
 * @param eventType its CloudEvents type
 * @param kind the transition ({@code TRACKED}, {@code REMINDED}, {@code CLOSED} ...)
 * @param occurredAt when it happened
 * @param recommendationId the recommendation it is about
 * @param letterKind what the letter is: {@code RECOMMENDATION} (kiến nghị),
 * {@code SOCIAL_CRITICISM} (văn bản phản biện xã hội) or {@code OPINION} (văn bản góp ý);
 * {@code null} when the producer did not say, read as a recommendation
 * @param letterNumber the letter's official number, if known
 * @param issuingBodyId the Front body that issued the recommendation
 * @param addresseeAgencyId the agency that must answer
 * @param copyRecipientIds who receives copies
 * @param escalatedToIds the bodies it was escalated to, in order
 * @param content what the agency is asked to do, if known
 * @param issuedOn the letter's date, if known
 * @param due the answer date in force and how it was reached, if any
 * @param note the actor's words or the reason, if any
 * @param noteBySystem whether the note is the tracking service's own words (in
 * Vietnamese) rather than a person's
 * @param closure how it was closed, for a closing
 * @param documents the stored documents that came with the step (the letter's signed scan
 * for {@code TRACKED}, an agency's reply and evidence for its answer or report); none for
 * a step written before documents were stored
 */
public record NotifiableEvent(String eventId, String eventType, String kind, Instant occurredAt,
		String recommendationId, String letterKind, String letterNumber, String issuingBodyId, String addresseeAgencyId,
		List<String> copyRecipientIds, List<String> escalatedToIds, String content, LocalDate issuedOn, DueDate due,
		String note, boolean noteBySystem, String closure, List<DocumentReference> documents) {

	/** The actor kind of the steps the tracking service takes by itself. */
	static final String SYSTEM = "SYSTEM";

	/** The step that records the addressee's receipt. */
	static final String RECEIVED = Transition.RECEIVED.name();

	/**
	 * The steps whose note only repeats what their notice says in its own lines: the
	 * letter and the due date.
	 */
	private static final Set<String> NOTE_REPEATED = Set.of(Transition.TRACKED.name(), RECEIVED);

	/** Where days are counted: a receipt's day is its day in Vietnam. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	public NotifiableEvent {
		copyRecipientIds = (copyRecipientIds != null) ? List.copyOf(copyRecipientIds) : List.of();
		escalatedToIds = (escalatedToIds != null) ? List.copyOf(escalatedToIds) : List.of();
		documents = (documents != null) ? List.copyOf(documents) : List.of();
	}

	/**
	 * An event that came with no stored documents.
	 */
	public NotifiableEvent(String eventId, String eventType, String kind, Instant occurredAt, String recommendationId,
			String letterKind, String letterNumber, String issuingBodyId, String addresseeAgencyId,
			List<String> copyRecipientIds, List<String> escalatedToIds, String content, LocalDate issuedOn, DueDate due,
			String note, boolean noteBySystem, String closure) {
		this(eventId, eventType, kind, occurredAt, recommendationId, letterKind, letterNumber, issuingBodyId,
				addresseeAgencyId, copyRecipientIds, escalatedToIds, content, issuedOn, due, note, noteBySystem,
				closure, List.of());
	}

	/**
	 * The event of a lifecycle step. The note of the {@code TRACKED} and {@code RECEIVED}
	 * steps repeats the letter, the receipt and the due date, which their notices say in
	 * their own lines, so it is left out.
	 * @param event the step
	 * @return the event to tell
	 */
	public static NotifiableEvent of(RecommendationLifecycleEvent event) {
		RecommendationLifecycleEvent.Snapshot item = event.recommendation();
		String note = NOTE_REPEATED.contains(event.transition()) ? null : event.note();
		return new NotifiableEvent(event.eventId(), RecommendationLifecycleEvent.TYPE, event.transition(),
				event.occurredAt(), event.recommendationId(), item.letterKind(), item.letterNumber(),
				item.issuingBodyId(), item.addresseeAgencyId(), item.copyRecipientIds(), item.escalatedToIds(),
				item.content(), item.issuedOn(),
				DueDate.of(item.dueDate(), item.dueDateProvisional(), item.dueDateExplanation(),
						item.dueDateExplanationEn()),
				note, SYSTEM.equals(event.actor().kind()), item.closure(), event.documents());
	}

	/**
	 * This event with the stored documents that came with it.
	 * @param documents the documents
	 * @return the event
	 */
	public NotifiableEvent withDocuments(List<DocumentReference> documents) {
		return new NotifiableEvent(this.eventId, this.eventType, this.kind, this.occurredAt, this.recommendationId,
				this.letterKind, this.letterNumber, this.issuingBodyId, this.addresseeAgencyId, this.copyRecipientIds,
				this.escalatedToIds, this.content, this.issuedOn, this.due, this.note, this.noteBySystem, this.closure,
				documents);
	}

	/**
	 * The answer date in force.
	 * @return the date, or {@code null} when there is none
	 */
	public LocalDate dueDate() {
		return (this.due != null) ? this.due.date() : null;
	}

	/**
	 * The day the addressee received the item, for the step that records it.
	 * @return the day of the {@code RECEIVED} step in Vietnam, or {@code null} for
	 * another step
	 */
	public LocalDate receivedOn() {
		return RECEIVED.equals(this.kind) ? LocalDate.ofInstant(this.occurredAt, VIETNAM) : null;
	}

	/**
	 * Tells whether this step is the receipt and its due date is firm: counted from the
	 * receipt, no longer provisional, so the date the addressee must answer by is news.
	 * @return {@code false} for another step, or a receipt without a date or whose date
	 * is still provisional
	 */
	public boolean fixesFirmDueDate() {
		return RECEIVED.equals(this.kind) && this.due != null && !this.due.provisional();
	}

	/**
	 * The body an escalation went to in this step: the last one escalated to.
	 * @return its id, or {@code null} when the item was never escalated
	 */
	public String escalatedTo() {
		return this.escalatedToIds.isEmpty() ? null : this.escalatedToIds.get(this.escalatedToIds.size() - 1);
	}

	/**
	 * Tells whether the item is still open after this step, so that its answer date is
	 * news to the recipient.
	 * @return {@code false} once it is closed
	 */
	public boolean open() {
		return this.closure == null;
	}

}
