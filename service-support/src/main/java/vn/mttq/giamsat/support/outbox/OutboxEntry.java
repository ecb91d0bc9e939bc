package vn.mttq.giamsat.support.outbox;

import java.time.Instant;

import vn.mttq.giamsat.support.messaging.EventMetadata;

/**
 * One event waiting in (or already sent from) an aggregate's {@code outbox} array.
 *
 * @param eventId the CloudEvents id
 * @param type the CloudEvents type with version
 * @param source the producing service
 * @param subject the aggregate id, used as the Kafka key
 * @param occurredAt when the event happened
 * @param payload the event as JSON, fixed when the event was recorded
 * @param sentAt when the broker acknowledged it, or {@code null} while pending
 * @param traceparent the W3C trace context of the request or record the event happened
 * in, which its Kafka record continues; {@code null} outside any trace and in entries
 * recorded before traces were kept
 */
public record OutboxEntry(String eventId, String type, String source, String subject, Instant occurredAt,
		String payload, Instant sentAt, String traceparent) {

	public EventMetadata metadata() {
		return new EventMetadata(this.eventId, this.source, this.type, this.occurredAt, this.subject);
	}

	public boolean pending() {
		return this.sentAt == null;
	}

}
