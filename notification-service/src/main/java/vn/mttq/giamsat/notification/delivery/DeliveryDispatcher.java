package vn.mttq.giamsat.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.notification.channel.ContactSettings;
import vn.mttq.giamsat.notification.channel.ContactsManagement;
import vn.mttq.giamsat.notification.message.MessageTemplates;
import vn.mttq.giamsat.support.PeriodicTask;

/**
 * Sends the email and webhook notifications that are due, each channel on its own threads
 * and each organisation with a cap on deliveries in flight, so a slow or failing endpoint
 * holds up only its own deliveries. A delivery is taken under a lease; if the service
 * dies mid-attempt, the lease runs out and the attempt is made again (receivers
 * deduplicate by the notification id, mail clients by the Message-ID).
 */
@Component
class DeliveryDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

	private final NotificationStore store;

	private final ContactsManagement contacts;

	private final EmailSender email;

	private final WebhookSender webhook;

	private final DeliveryProperties properties;

	private final DeliveryMetrics metrics;

	private final MessageTemplates templates;

	private final Clock clock;

	private final PeriodicTask task = new PeriodicTask("delivery-dispatcher");

	private final Map<Channel, ExecutorService> executors = new EnumMap<>(Channel.class);

	private final Map<Channel, AtomicInteger> inFlight = new EnumMap<>(Channel.class);

	private final Map<String, AtomicInteger> inFlightByRecipient = new ConcurrentHashMap<>();

	DeliveryDispatcher(NotificationStore store, ContactsManagement contacts, EmailSender email, WebhookSender webhook,
			DeliveryProperties properties, DeliveryMetrics metrics, MessageTemplates templates, Clock clock) {
		this.store = store;
		this.contacts = contacts;
		this.email = email;
		this.webhook = webhook;
		this.properties = properties;
		this.metrics = metrics;
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * Takes what is due on each channel, as many as its free threads, and starts them.
	 */
	void dispatchDue() {
		for (Channel channel : List.of(Channel.EMAIL, Channel.WEBHOOK)) {
			int free = this.properties.policy(channel).threads() - this.inFlight.get(channel).get();
			if (free <= 0) {
				continue;
			}
			List<Notification> due = this.store.claimDue(channel, this.clock.instant(), this.properties.lease(), free);
			Map<String, List<Notification>> digests = new LinkedHashMap<>();
			for (Notification notification : due) {
				if (notification.digest()) {
					digests.computeIfAbsent(notification.recipientOrganisationId(), (k) -> new ArrayList<>())
						.add(notification);
				}
				else {
					start(notification);
				}
			}
			digests.forEach((organisation, first) -> {
				List<Notification> all = new ArrayList<>(first);
				all.addAll(this.store.claimDigest(organisation, this.clock.instant(), this.properties.lease()));
				startDigest(all);
			});
		}
	}

	private void start(Notification notification) {
		AtomicInteger recipient = this.inFlightByRecipient.computeIfAbsent(
				notification.channel() + "|" + notification.recipientOrganisationId(), (k) -> new AtomicInteger());
		if (recipient.get() >= this.properties.policy(notification.channel()).perRecipient()) {
			// Its organisation's endpoint is busy: wait a moment without counting an
			// attempt, and let the others go.
			this.store.postpone(notification, this.clock.instant().plus(this.properties.pollInterval()));
			return;
		}
		recipient.incrementAndGet();
		this.inFlight.get(notification.channel()).incrementAndGet();
		this.executors.get(notification.channel()).execute(() -> {
			try {
				attempt(notification);
			}
			catch (RuntimeException ex) {
				log.error("Delivery {} failed unexpectedly; its lease will run out and it is tried again",
						notification.id(), ex);
			}
			finally {
				recipient.decrementAndGet();
				this.inFlight.get(notification.channel()).decrementAndGet();
			}
		});
	}

	private void attempt(Notification notification) {
		ContactSettings settings = this.contacts.settingsOf(notification.recipientOrganisationId());
		if (notification.channel() == Channel.EMAIL && settings.quietHours() != null) {
			Instant end = settings.quietHours()
				.endIfQuiet(this.clock.instant(), this.properties.timeZone())
				.orElse(null);
			if (end != null) {
				this.store.postpone(notification, end);
				return;
			}
		}
		Instant started = this.clock.instant();
		try {
			send(notification, settings);
			record(notification, started, null);
		}
		catch (DeliveryFailure failure) {
			record(notification, started, failure);
		}
	}

	private void send(Notification notification, ContactSettings settings) throws DeliveryFailure {
		if (notification.channel() == Channel.EMAIL) {
			this.email.send(notification.id(), notification.addresses(), notification.title(), notification.body());
			return;
		}
		if (settings.webhook() == null || !settings.webhook().active()) {
			throw new DeliveryFailure("The organisation no longer has a webhook in use", false);
		}
		List<String> secrets;
		try {
			secrets = this.contacts.webhookSecrets(settings);
		}
		catch (IllegalStateException ex) {
			throw new DeliveryFailure(ex.getMessage(), false);
		}
		try {
			this.webhook.send(notification, settings.webhook().url(), secrets, notification.nextAttemptNumber());
		}
		catch (DeliveryFailure failure) {
			if (failure.endpointGone()) {
				this.contacts.webhookGone(settings.organisationId(), settings.webhook().url(), failure.getMessage());
			}
			throw failure;
		}
	}

	private void startDigest(List<Notification> reminders) {
		Channel channel = Channel.EMAIL;
		this.inFlight.get(channel).incrementAndGet();
		this.executors.get(channel).execute(() -> {
			try {
				Instant started = this.clock.instant();
				Notification first = reminders.get(0);
				StringBuilder text = new StringBuilder();
				for (Notification reminder : reminders) {
					text.append("• ").append(reminder.title()).append('\n').append(reminder.body()).append("\n\n");
				}
				DeliveryFailure failure = null;
				try {
					this.email.send(EmailSender.digestKey(reminders.stream().map(Notification::id).toList()),
							first.addresses(), this.templates.text(first.language(), "digest.title"),
							this.templates.text(first.language(), "digest.intro") + "\n\n" + text.toString().trim());
				}
				catch (DeliveryFailure ex) {
					failure = ex;
				}
				for (Notification reminder : reminders) {
					record(reminder, started, failure);
				}
			}
			finally {
				this.inFlight.get(channel).decrementAndGet();
			}
		});
	}

	private void record(Notification notification, Instant started, DeliveryFailure failure) {
		Channel channel = notification.channel();
		Instant now = this.clock.instant();
		long took = Duration.between(started, now).toMillis();
		int number = notification.nextAttemptNumber();
		DeliveryProperties.ChannelPolicy policy = this.properties.policy(channel);
		if (failure == null) {
			if (this.store.recordAttempt(notification, new Attempt(number, now, "DELIVERED", null, took),
					DeliveryStatus.DELIVERED, null)) {
				this.metrics.sent(channel, notification.eventTime(), now);
			}
			return;
		}
		this.metrics.failed(channel);
		boolean giveUp = !failure.retryable() || number >= policy.maxAttempts();
		if (giveUp) {
			String error = failure.retryable() ? failure.getMessage() + " (after " + number + " attempts)"
					: failure.getMessage();
			this.store.recordAttempt(notification, new Attempt(number, now, "DEAD_LETTERED", error, took),
					DeliveryStatus.DEAD_LETTERED, null);
			this.metrics.deadLettered(channel);
			log.warn("Delivery {} to {} by {} dead-lettered: {}", notification.id(),
					notification.recipientOrganisationId(), channel, error);
			return;
		}
		Duration wait = policy.backoff(number, this.properties.jitter(), ThreadLocalRandom.current().nextDouble());
		this.store.recordAttempt(notification, new Attempt(number, now, "FAILED", failure.getMessage(), took),
				DeliveryStatus.RETRYING, now.plus(wait));
		this.metrics.retried(channel);
		log.info("Delivery {} by {} failed ({}), attempt {} of {}; next in {}", notification.id(), channel,
				failure.getMessage(), number, policy.maxAttempts(), wait);
	}

	private void safePass() {
		try {
			dispatchDue();
		}
		catch (RuntimeException ex) {
			log.warn("Delivery pass failed, due deliveries wait for the next pass: {}", ex.toString());
		}
	}

	@Override
	public void start() {
		for (Channel channel : List.of(Channel.EMAIL, Channel.WEBHOOK)) {
			AtomicInteger number = new AtomicInteger();
			this.executors.put(channel,
					Executors.newFixedThreadPool(this.properties.policy(channel).threads(), (runnable) -> {
						Thread thread = new Thread(runnable, "delivery-"
								+ channel.name().toLowerCase(java.util.Locale.ROOT) + "-" + number.incrementAndGet());
						thread.setDaemon(true);
						return thread;
					}));
			this.inFlight.put(channel, new AtomicInteger());
		}
		if (this.properties.enabled()) {
			this.task.start(this::safePass, this.properties.pollInterval(), this.properties.pollInterval());
		}
	}

	@Override
	public void stop() {
		this.task.stop();
		for (ExecutorService executor : this.executors.values()) {
			executor.shutdown();
			try {
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.executors.clear();
	}

	@Override
	public boolean isRunning() {
		return !this.executors.isEmpty();
	}

}
