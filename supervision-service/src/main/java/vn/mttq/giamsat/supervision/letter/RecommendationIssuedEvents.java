package vn.mttq.giamsat.supervision.letter;

import java.time.Instant;
import java.util.UUID;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
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
				name(letter.activityKind()), name(letter.supervisionForm()), name(letter.level()),
				item.copyRecipientIds());
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

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
