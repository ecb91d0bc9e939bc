package vn.mttq.giamsat.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.mttq.giamsat.notification.channel.ContactSettings;
import vn.mttq.giamsat.notification.channel.ContactsManagement;
import vn.mttq.giamsat.notification.message.MessageTemplates;
import vn.mttq.giamsat.notification.message.MessageTemplates.EventMessages;
import vn.mttq.giamsat.notification.message.RenderedMessage;
import vn.mttq.giamsat.notification.recipients.NotifiableEvent;
import vn.mttq.giamsat.notification.recipients.Recipient;
import vn.mttq.giamsat.notification.recipients.RecipientResolver;
import vn.mttq.giamsat.support.outbox.OutboxEntry;

/**
 * Tells each recipient of an event on each of its channels: the inbox always (delivered
 * as it is stored), email and webhook where the organisation set them (sent by the
 * {@link DeliveryDispatcher}). Each notification's id is derived from the event, the
 * recipient and the channel, so a redelivered event, or one applied again after a crash
 * halfway through, adds only what is missing.
 */
@Service
public class NotificationFanOut {

	private static final String REMINDED = "REMINDED";

	private final RecipientResolver recipients;

	private final ContactsManagement contacts;

	private final MessageTemplates templates;

	private final NotificationStore store;

	private final DeliveryEvents events;

	private final DeliveryMetrics metrics;

	private final DeliveryProperties properties;

	private final Clock clock;

	NotificationFanOut(RecipientResolver recipients, ContactsManagement contacts, MessageTemplates templates,
			NotificationStore store, DeliveryEvents events, DeliveryMetrics metrics, DeliveryProperties properties,
			Clock clock) {
		this.recipients = recipients;
		this.contacts = contacts;
		this.templates = templates;
		this.store = store;
		this.events = events;
		this.metrics = metrics;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Tells an event to those the rules name.
	 * @param event the event
	 * @return how many notifications were created now (0 for an event seen before)
	 */
	public int tell(NotifiableEvent event) {
		Instant now = this.clock.instant();
		EventMessages messages = this.templates.messagesOf(event);
		List<Recipient> recipients = withoutDatesAlreadyTold(event, this.recipients.recipientsOf(event));
		if (recipients.isEmpty()) {
			return 0;
		}
		Map<String, ContactSettings> contactSettings = this.contacts
			.settingsOf(recipients.stream().map(Recipient::organisationId).toList());
		List<Notification> notifications = new ArrayList<>();
		for (Recipient recipient : recipients) {
			ContactSettings settings = contactSettings.get(recipient.organisationId());
			RenderedMessage message = messages.render(recipient, settings.language());
			notifications.add(inbox(event, recipient, message, now));
			if (!settings.emails().isEmpty()) {
				boolean digest = settings.reminderDigest() && REMINDED.equals(event.kind());
				notifications.add(pending(event, recipient, message, Channel.EMAIL, settings.emails(), digest,
						digest ? nextDigest(now) : now, now));
			}
			if (settings.webhook() != null && settings.webhook().active()) {
				notifications.add(pending(event, recipient, message, Channel.WEBHOOK, List.of(settings.webhook().url()),
						false, now, now));
			}
		}
		Set<String> stored = this.store.insertNew(notifications);
		for (Notification notification : notifications) {
			if (!stored.contains(notification.id())) {
				this.metrics.redelivered();
				continue;
			}
			this.metrics.created(notification.channel());
			if (notification.channel() == Channel.INBOX) {
				this.metrics.sent(Channel.INBOX, event.occurredAt(), now);
			}
		}
		return stored.size();
	}

	/**
	 * A receipt tells the firm due date it fixes only to those not told that date
	 * already: an item whose official set the date, or whose provisional date the receipt
	 * confirms, is not told again.
	 */
	private List<Recipient> withoutDatesAlreadyTold(NotifiableEvent event, List<Recipient> recipients) {
		if (!event.fixesFirmDueDate()) {
			return recipients;
		}
		return recipients.stream()
			.filter((recipient) -> !this.store.alreadyTold(event.recommendationId(), recipient.organisationId(),
					event.dueDate(), event.eventId()))
			.toList();
	}

	private Notification inbox(NotifiableEvent event, Recipient recipient, RenderedMessage message, Instant now) {
		Notification draft = notification(event, recipient, message, Channel.INBOX, List.of(), DeliveryStatus.DELIVERED,
				false, null, List.of(new Attempt(1, now, "DELIVERED", null, 0)), now, List.of());
		OutboxEntry delivered = this.events.entry(draft, 1, "DELIVERED", null, now);
		return notification(event, recipient, message, Channel.INBOX, List.of(), DeliveryStatus.DELIVERED, false, null,
				draft.attempts(), now, List.of(delivered));
	}

	private static Notification pending(NotifiableEvent event, Recipient recipient, RenderedMessage message,
			Channel channel, List<String> addresses, boolean digest, Instant due, Instant now) {
		return notification(event, recipient, message, channel, addresses, DeliveryStatus.PENDING, digest, due,
				List.of(), now, List.of());
	}

	private Instant nextDigest(Instant now) {
		ZonedDateTime local = now.atZone(this.properties.timeZone());
		ZonedDateTime digest = local.with(this.properties.digestTime());
		return (digest.isAfter(local) ? digest : digest.plusDays(1)).toInstant();
	}

	private static Notification notification(NotifiableEvent event, Recipient recipient, RenderedMessage message,
			Channel channel, List<String> addresses, DeliveryStatus status, boolean digest, Instant due,
			List<Attempt> attempts, Instant now, List<OutboxEntry> outbox) {
		return new Notification(Notification.idOf(event.eventId(), recipient.organisationId(), channel),
				recipient.organisationId(), recipient.role(), channel, addresses, message.language(), event.eventId(),
				event.eventType(), event.kind(), event.occurredAt(), event.recommendationId(), message.title(),
				message.body(), message.link(), event.dueDate(), now, status, digest, due, attempts, null, null, null,
				null, 0, null, null, outbox, message.documents());
	}

}
