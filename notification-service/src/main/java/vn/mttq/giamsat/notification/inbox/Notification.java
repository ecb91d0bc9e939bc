package vn.mttq.giamsat.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Thông báo: one message in an organisation's inbox. Its id is derived from the event,
 * the recipient and the channel, so the same event never makes a second one.
 */
@Document("notifications")
public class Notification {

	/** The only channel so far; email and webhooks follow. */
	static final String INBOX = "INBOX";

	@Id
	private final String id;

	private final String recipientOrganisationId;

	private final String channel;

	private final String eventId;

	private final String eventType;

	private final String recommendationId;

	private final String title;

	private final String body;

	private final LocalDate dueDate;

	private final Instant createdAt;

	private final Instant readAt;

	@PersistenceCreator
	Notification(String id, String recipientOrganisationId, String channel, String eventId, String eventType,
			String recommendationId, String title, String body, LocalDate dueDate, Instant createdAt, Instant readAt) {
		this.id = id;
		this.recipientOrganisationId = recipientOrganisationId;
		this.channel = channel;
		this.eventId = eventId;
		this.eventType = eventType;
		this.recommendationId = recommendationId;
		this.title = title;
		this.body = body;
		this.dueDate = dueDate;
		this.createdAt = createdAt;
		this.readAt = readAt;
	}

	static Notification inInbox(String eventId, String eventType, String recipient, String recommendationId,
			Message message, LocalDate dueDate, Instant now) {
		return new Notification(idOf(eventId, recipient, INBOX), recipient, INBOX, eventId, eventType, recommendationId,
				message.title(), message.body(), dueDate, now, null);
	}

	/**
	 * The id of the notification of one event for one recipient on one channel.
	 * @param eventId the event
	 * @param recipient the recipient organisation
	 * @param channel the channel
	 * @return a name-based UUID, the same for the same three inputs
	 */
	static String idOf(String eventId, String recipient, String channel) {
		String name = eventId + "|" + recipient + "|" + channel;
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

	public String id() {
		return this.id;
	}

	public String recipientOrganisationId() {
		return this.recipientOrganisationId;
	}

	public String channel() {
		return this.channel;
	}

	public String eventId() {
		return this.eventId;
	}

	public String eventType() {
		return this.eventType;
	}

	public String recommendationId() {
		return this.recommendationId;
	}

	public String title() {
		return this.title;
	}

	public String body() {
		return this.body;
	}

	public LocalDate dueDate() {
		return this.dueDate;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant readAt() {
		return this.readAt;
	}

	/**
	 * The rendered text of a notification.
	 *
	 * @param title the one-line subject
	 * @param body the full text
	 */
	record Message(String title, String body) {
	}

}
