package vn.mttq.giamsat.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
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
import vn.mttq.giamsat.support.directory.OrganisationDirectory;
import vn.mttq.giamsat.support.outbox.OutboxEntry;

/**
 * Tells each recipient of an event on each of its channels: the inbox always (delivered
 * as it is stored), email and webhook where the organisation set them (sent by the
 * {@link DeliveryDispatcher}). Each notification's id is derived from the event, the
 * recipient and the channel, so a redelivered event, or one applied again after a crash
 * halfway through, adds only what is missing. A batch of events is told with one read of
 * each kind of data its events need and one write.
 */
@Service
public class NotificationFanOut {

	private static final String REMINDED = "REMINDED";

	private final RecipientResolver recipients;

	private final OrganisationDirectory directory;

	private final ContactsManagement contacts;

	private final MessageTemplates templates;

	private final NotificationStore store;

	private final DeliveryEvents events;

	private final DeliveryMetrics metrics;

	private final DeliveryProperties properties;

	private final Clock clock;

	NotificationFanOut(RecipientResolver recipients, OrganisationDirectory directory, ContactsManagement contacts,
			MessageTemplates templates, NotificationStore store, DeliveryEvents events, DeliveryMetrics metrics,
			DeliveryProperties properties, Clock clock) {
		this.recipients = recipients;
		this.directory = directory;
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
		return tellAll(List.of(event)).get(0);
	}

	/**
	 * Tells a batch of events, in their order, to those the rules name: the directory
	 * entries and the contacts they need are read once for the batch (those not cached,
	 * each kind with one query), and all their notifications stored with one command. An
	 * event that repeats one before it in the batch, or one stored before, creates
	 * nothing.
	 * @param events the events, in the order consumed (each recommendation's in sequence)
	 * @return for each event, how many notifications were created now
	 */
	public List<Integer> tellAll(List<NotifiableEvent> events) {
		this.directory.findAll(organisationsNamedBy(events));
		List<List<Recipient>> recipients = events.stream().map(this.recipients::recipientsOf).toList();
		Map<String, ContactSettings> contactSettings = this.contacts
			.settingsOf(recipients.stream().flatMap(List::stream).map(Recipient::organisationId).distinct().toList());
		DueDatesTold told = DueDatesTold.of(this.store, events);
		List<Notification> notifications = new ArrayList<>();
		List<List<String>> idsOfEvent = new ArrayList<>(events.size());
		Set<String> built = new HashSet<>();
		Instant at = null;
		for (int i = 0; i < events.size(); i++) {
			NotifiableEvent event = events.get(i);
			// Strictly later than the event before (as stored, in milliseconds), so
			// inboxes
			// list a batch in its order.
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
			at = (at == null || now.isAfter(at)) ? now : at.plusMillis(1);
			List<String> ids = new ArrayList<>();
			for (Notification notification : notificationsOf(event, told.toTell(event, recipients.get(i)),
					contactSettings, at)) {
				if (!built.add(notification.id())) {
					this.metrics.redelivered();
					continue;
				}
				told.add(notification);
				notifications.add(notification);
				ids.add(notification.id());
			}
			idsOfEvent.add(ids);
		}
		Set<String> stored = notifications.isEmpty() ? Set.of() : this.store.insertNew(notifications);
		Instant now = this.clock.instant();
		for (Notification notification : notifications) {
			if (!stored.contains(notification.id())) {
				this.metrics.redelivered();
				continue;
			}
			this.metrics.created(notification.channel());
			if (notification.channel() == Channel.INBOX) {
				this.metrics.sent(Channel.INBOX, notification.eventTime(), now);
			}
		}
		return idsOfEvent.stream().map((ids) -> (int) ids.stream().filter(stored::contains).count()).toList();
	}

	private List<Notification> notificationsOf(NotifiableEvent event, List<Recipient> recipients,
			Map<String, ContactSettings> contactSettings, Instant now) {
		if (recipients.isEmpty()) {
			return List.of();
		}
		EventMessages messages = this.templates.messagesOf(event);
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
		return notifications;
	}

	/**
	 * The organisations the events name, whose directory entries the recipients and the
	 * messages read.
	 */
	private static Set<String> organisationsNamedBy(List<NotifiableEvent> events) {
		Set<String> ids = new HashSet<>();
		for (NotifiableEvent event : events) {
			ids.add(event.issuingBodyId());
			ids.add(event.addresseeAgencyId());
			ids.addAll(event.copyRecipientIds());
			ids.addAll(event.escalatedToIds());
		}
		ids.removeIf((id) -> id == null || id.isBlank());
		return ids;
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
