package vn.mttq.giamsat.supervision.letter;

import java.time.Instant;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.support.messaging.EventMetadata;
import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.outbox.OutboxEvents;

/**
 * The one place where a letter's item becomes the public {@link RecommendationIssued}
 * event.
 */
final class RecommendationIssuedEvents {

	private RecommendationIssuedEvents() {
	}

	static RecommendationIssued of(String eventId, Instant now, String letterId, IssueLetter letter, String activityId,
			String issuingBodyId, LetterItem item) {
		return new RecommendationIssued(eventId, now, item.recommendationId(), letterId, letter.number(), activityId,
				issuingBodyId, item.addresseeAgencyId(), item.content(), letter.issuedOn(), item.dueDate());
	}

	static OutboxEntry pending(OutboxEvents outbox, RecommendationIssued event) {
		return outbox.pending(event, new EventMetadata(event.eventId(), RecommendationIssued.SOURCE,
				RecommendationIssued.TYPE, event.occurredAt(), event.recommendationId()));
	}

}
