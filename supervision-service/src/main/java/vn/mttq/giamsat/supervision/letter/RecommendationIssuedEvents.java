package vn.mttq.giamsat.supervision.letter;

import java.time.Instant;
import java.util.UUID;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.supervision.activity.ActivityKind;
import vn.mttq.giamsat.supervision.activity.SupervisionForm;
import vn.mttq.giamsat.support.messaging.EventMetadata;
import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.outbox.OutboxEvents;

/**
 * The one place where a letter's items become the public {@link RecommendationIssued} and
 * {@link RecommendationWithdrawn} events.
 */
final class RecommendationIssuedEvents {

	private RecommendationIssuedEvents() {
	}

	static RecommendationIssued of(String eventId, Instant now, RecommendationLetter letter, LetterItem item) {
		return new RecommendationIssued(eventId, now, item.recommendationId(), letter.id(), letter.number(),
				letter.activityId(), letter.issuingBodyId(), item.addresseeAgencyId(), item.content(),
				letter.issuedOn(), item.dueDate(), letter.kind().name(), item.type().name(),
				name(letter.activityKind()), name(supervisionForm(letter)), name(letter.level()),
				item.copyRecipientIds(), dueRule(item.dueRule()), letter.documents());
	}

	static OutboxEntry pending(OutboxEvents outbox, RecommendationIssued event) {
		return outbox.pending(event, new EventMetadata(event.eventId(), RecommendationIssued.SOURCE,
				RecommendationIssued.TYPE, event.occurredAt(), event.recommendationId()));
	}

	static OutboxEntry withdrawn(OutboxEvents outbox, RecommendationLetter letter, LetterItem item, String reason,
			String userId, Instant now) {
		RecommendationWithdrawn event = new RecommendationWithdrawn(UUID.randomUUID().toString(), now,
				item.recommendationId(), letter.id(), letter.issuingBodyId(), item.addresseeAgencyId(), reason, userId);
		return outbox.pending(event, new EventMetadata(event.eventId(), RecommendationWithdrawn.SOURCE,
				RecommendationWithdrawn.TYPE, now, event.recommendationId()));
	}

	/**
	 * The form of a supervision's letter; none for the other kinds, even if their
	 * activity was stored with one before the form belonged to supervisions only.
	 */
	private static SupervisionForm supervisionForm(RecommendationLetter letter) {
		boolean otherKind = letter.activityKind() != null && letter.activityKind() != ActivityKind.SUPERVISION;
		return otherKind ? null : letter.supervisionForm();
	}

	private static RecommendationIssued.DueRule dueRule(DueRule rule) {
		return (rule != null) ? new RecommendationIssued.DueRule(rule.days(), rule.counting().name()) : null;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
