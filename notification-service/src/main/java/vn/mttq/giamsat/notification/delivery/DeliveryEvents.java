package vn.mttq.giamsat.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.support.messaging.EventMetadata;
import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.outbox.OutboxEvents;

/**
 * The one place that turns a notification's outcome into the public
 * {@link DeliveryRecorded} event, as the outbox entry saved with it. Its id is derived
 * from the notification, the attempt and the outcome, so recording the same outcome twice
 * cannot make two events.
 */
@Component
class DeliveryEvents {

	private final OutboxEvents outbox;

	private final MongoTemplate mongo;

	DeliveryEvents(OutboxEvents outbox, MongoTemplate mongo) {
		this.outbox = outbox;
		this.mongo = mongo;
	}

	OutboxEntry entry(Notification notification, int attempt, String outcome, String error, Instant at) {
		String eventId = UUID
			.nameUUIDFromBytes((notification.id() + "|" + attempt + "|" + outcome + "|" + notification.replays())
				.getBytes(StandardCharsets.UTF_8))
			.toString();
		DeliveryRecorded event = new DeliveryRecorded(eventId, at, notification.id(), notification.eventId(),
				notification.eventType(), notification.recommendationId(), notification.recipientOrganisationId(),
				notification.recipientRole().name(), notification.channel().name(), attempt, outcome, error);
		return this.outbox.pending(event,
				new EventMetadata(eventId, DeliveryRecorded.SOURCE, DeliveryRecorded.TYPE, at, notification.id()),
				notification.recommendationId());
	}

	Document document(OutboxEntry entry) {
		Document document = new Document();
		this.mongo.getConverter().write(entry, document);
		document.remove("_class");
		return document;
	}

}
