package vn.mttq.giamsat.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

import vn.mttq.giamsat.notification.document.AttachedDocument;
import vn.mttq.giamsat.notification.message.Language;
import vn.mttq.giamsat.notification.recipients.RecipientRole;
import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Thông báo: one event told to one organisation on one channel. Its id is derived from
 * the event, the recipient and the channel, so the same event never makes a second one.
 * The document carries its attempts and, in its {@code outbox}, the
 * {@code DeliveryRecorded} events of their outcomes, written with them.
 *
 * @param id name-based UUID of event, recipient and channel
 * @param recipientOrganisationId the organisation told
 * @param recipientRole why it is told
 * @param channel the channel
 * @param addresses where it goes: email addresses, or the webhook URL
 * @param language the language it is written in
 * @param eventId the event it tells of
 * @param eventType that event's CloudEvents type
 * @param kind the lifecycle transition told ({@code TRACKED} for a new item);
 * {@code ISSUED} or {@code WITHDRAWN} in notifications made before the first notice came
 * from the {@code TRACKED} step
 * @param eventTime when that event happened, for the delivery latency
 * @param recommendationId the recommendation it is about
 * @param title the subject
 * @param body the text
 * @param link where the item can be seen
 * @param dueDate the answer date, if any
 * @param createdAt when it was made
 * @param status where its delivery stands
 * @param digest whether it waits for the daily digest of reminders
 * @param nextAttemptAt when the next attempt is due, {@code null} once delivered or dead
 * @param attempts every attempt, in order
 * @param readAt when its organisation read it (inbox)
 * @param readBy who read it
 * @param receiptConfirmedAt when its organisation confirmed it received it (inbox), not
 * to be confused with a recommendation's ACKNOWLEDGE step (tiếp nhận); stored as
 * {@code acknowledgedAt}, its earlier name
 * @param receiptConfirmedBy who confirmed the receipt
 * @param replays how often an operator replayed it
 * @param leaseUntil until when a dispatcher holds it
 * @param leaseToken the holder's token
 * @param outbox the events to publish on {@code notification.deliveries}
 * @param documents the documents it says are attached, with their links where known; none
 * in notifications made before documents were stored
 */
@Document("notifications")
// Dispatcher's poll (due by channel), dead-letter gauge (status prefix).
@CompoundIndex(name = "dispatch", def = "{'status': 1, 'channel': 1, 'nextAttemptAt': 1, '_id': 1}")
// An organisation's inbox and delivery records, newest first; the digest's reminders.
@CompoundIndex(name = "recipient", def = "{'recipientOrganisationId': 1, 'channel': 1, 'createdAt': -1, '_id': 1}")
// What an organisation was told of one recommendation (a receipt's firm due date).
@CompoundIndex(name = "recommendation", def = "{'recommendationId': 1, 'recipientOrganisationId': 1}")
public record Notification(@Id String id, String recipientOrganisationId, RecipientRole recipientRole, Channel channel,
		List<String> addresses, Language language, String eventId, String eventType, String kind, Instant eventTime,
		String recommendationId, String title, String body, String link, LocalDate dueDate, Instant createdAt,
		DeliveryStatus status, boolean digest, Instant nextAttemptAt, List<Attempt> attempts, Instant readAt,
		RecordedActor readBy, @Field("acknowledgedAt") Instant receiptConfirmedAt,
		@Field("acknowledgedBy") RecordedActor receiptConfirmedBy, int replays, Instant leaseUntil, String leaseToken,
		List<OutboxEntry> outbox, List<AttachedDocument> documents) {

	public Notification {
		addresses = (addresses != null) ? List.copyOf(addresses) : List.of();
		documents = (documents != null) ? List.copyOf(documents) : List.of();
		attempts = (attempts != null) ? List.copyOf(attempts) : List.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
	}

	/**
	 * The id of the notification of one event for one recipient on one channel.
	 * @param eventId the event
	 * @param recipient the recipient organisation
	 * @param channel the channel
	 * @return a name-based UUID, the same for the same three inputs
	 */
	public static String idOf(String eventId, String recipient, Channel channel) {
		String name = eventId + "|" + recipient + "|" + channel.name();
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * The number the next attempt will carry.
	 * @return one more than the attempts made
	 */
	public int nextAttemptNumber() {
		return this.attempts.size() + 1;
	}

}
