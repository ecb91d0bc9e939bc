package vn.mttq.giamsat.notification.recipients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;

/**
 * An event that may concern people, in the one shape the rules and the templates read,
 * whichever topic it came from.
 *
 * @param eventId the event's id
 * @param eventType its CloudEvents type
 * @param kind {@code ISSUED}, {@code WITHDRAWN} or a lifecycle transition
 * ({@code REMINDED}, {@code CLOSED} ...)
 * @param occurredAt when it happened
 * @param recommendationId the recommendation it is about
 * @param letterNumber the letter's official number, if known
 * @param issuingBodyId the Front body that issued the recommendation
 * @param addresseeAgencyId the agency that must answer
 * @param copyRecipientIds who receives copies
 * @param escalatedToIds the bodies it was escalated to, in order
 * @param content what the agency is asked to do, if known
 * @param issuedOn the letter's date, if known
 * @param dueDate the answer date in force, if any
 * @param dueDateExplanation how that date was reached, if known
 * @param note the actor's words or the reason, if any
 * @param closure how it was closed, for a closing
 */
public record NotifiableEvent(String eventId, String eventType, String kind, Instant occurredAt,
		String recommendationId, String letterNumber, String issuingBodyId, String addresseeAgencyId,
		List<String> copyRecipientIds, List<String> escalatedToIds, String content, LocalDate issuedOn,
		LocalDate dueDate, String dueDateExplanation, String note, String closure) {

	/** The kind of a newly issued item. */
	public static final String ISSUED = "ISSUED";

	/** The kind of a withdrawn item. */
	public static final String WITHDRAWN = "WITHDRAWN";

	public NotifiableEvent {
		copyRecipientIds = (copyRecipientIds != null) ? List.copyOf(copyRecipientIds) : List.of();
		escalatedToIds = (escalatedToIds != null) ? List.copyOf(escalatedToIds) : List.of();
	}

	public static NotifiableEvent of(RecommendationIssued event) {
		return new NotifiableEvent(event.eventId(), RecommendationIssued.TYPE, ISSUED, event.occurredAt(),
				event.recommendationId(), event.letterNumber(), event.issuingBodyId(), event.addresseeAgencyId(),
				event.copyRecipientIds(), List.of(), event.content(), event.issuedOn(), event.dueDate(), null, null,
				null);
	}

	public static NotifiableEvent of(RecommendationWithdrawn event) {
		return new NotifiableEvent(event.eventId(), RecommendationWithdrawn.TYPE, WITHDRAWN, event.occurredAt(),
				event.recommendationId(), null, event.issuingBodyId(), event.addresseeAgencyId(), List.of(), List.of(),
				null, null, null, null, event.reason(), null);
	}

	public static NotifiableEvent of(RecommendationLifecycleEvent event) {
		RecommendationLifecycleEvent.Snapshot item = event.recommendation();
		return new NotifiableEvent(event.eventId(), RecommendationLifecycleEvent.TYPE, event.transition(),
				event.occurredAt(), event.recommendationId(), item.letterNumber(), item.issuingBodyId(),
				item.addresseeAgencyId(), item.copyRecipientIds(), item.escalatedToIds(), item.content(),
				item.issuedOn(), item.dueDate(), item.dueDateExplanation(), event.note(), item.closure());
	}

	/**
	 * The body an escalation went to in this step: the last one escalated to.
	 * @return its id, or {@code null} when the item was never escalated
	 */
	public String escalatedTo() {
		return this.escalatedToIds.isEmpty() ? null : this.escalatedToIds.get(this.escalatedToIds.size() - 1);
	}

}
