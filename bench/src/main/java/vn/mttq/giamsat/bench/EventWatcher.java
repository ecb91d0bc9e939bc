package vn.mttq.giamsat.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.testfixtures.ApiClient;

/**
 * Watches the lifecycle and delivery topics and keeps, per recommendation, when it was
 * tracked, first put in its addressee's inbox, and first escalated: the times the
 * services recorded in the events, which is when the public API shows each fact.
 */
final class EventWatcher implements AutoCloseable {

	private final Map<String, Long> tracked = new ConcurrentHashMap<>();

	private final Map<String, Long> inbox = new ConcurrentHashMap<>();

	private final Map<String, Long> escalated = new ConcurrentHashMap<>();

	private final Map<String, Long> scheduled = new ConcurrentHashMap<>();

	private final KafkaConsumer<String, byte[]> consumer;

	private final Thread thread;

	private volatile boolean running = true;

	EventWatcher(String bootstrapServers) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-watcher-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
		properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
		this.consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
		this.consumer.subscribe(List.of(Topics.RECOMMENDATION_LIFECYCLE, Topics.NOTIFICATION_DELIVERIES));
		// Joined before anything is issued, so that "latest" misses nothing of the run.
		while (this.consumer.assignment().isEmpty()) {
			this.consumer.poll(Duration.ofMillis(200));
		}
		this.thread = new Thread(this::run, "bench-event-watcher");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void run() {
		while (this.running) {
			for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(100))) {
				JsonNode event = ApiClient.JSON.readTree(record.value());
				long at = Instant.parse(event.path("occurredAt").asString()).toEpochMilli();
				String id = event.path("recommendationId").asString(null);
				if (id == null) {
					continue;
				}
				if (record.topic().equals(Topics.RECOMMENDATION_LIFECYCLE)) {
					String transition = event.path("transition").asString();
					if ("TRACKED".equals(transition)) {
						this.tracked.putIfAbsent(id, at);
					}
					else if ("ESCALATED".equals(transition)) {
						this.escalated.putIfAbsent(id, at);
					}
					if ("ESCALATED".equals(transition) || "MARKED_OVERDUE".equals(transition)
							|| "REMINDED".equals(transition)) {
						this.scheduled.putIfAbsent(id, at);
					}
				}
				else if ("INBOX".equals(event.path("channel").asString())
						&& "ADDRESSEE".equals(event.path("recipientRole").asString())
						&& "DELIVERED".equals(event.path("outcome").asString())) {
					this.inbox.putIfAbsent(id, at);
				}
			}
		}
		this.consumer.close();
	}

	Long trackedAt(String id) {
		return this.tracked.get(id);
	}

	Long inboxAt(String id) {
		return this.inbox.get(id);
	}

	Long escalatedAt(String id) {
		return this.escalated.get(id);
	}

	/** The first scheduler step (reminder, overdue mark or escalation) of an item. */
	Long scheduledAt(String id) {
		return this.scheduled.get(id);
	}

	/**
	 * Waits until every item is tracked and in its addressee's inbox.
	 * @throws IllegalStateException after the timeout, naming how many are missing
	 */
	void awaitThrough(List<String> ids, Duration timeout) {
		awaitAll(ids, timeout, "tracked and in the inbox",
				(id) -> this.tracked.containsKey(id) && this.inbox.containsKey(id));
	}

	void awaitEscalated(List<String> ids, Duration timeout) {
		awaitAll(ids, timeout, "escalated", this.escalated::containsKey);
	}

	private static void awaitAll(List<String> ids, Duration timeout, String what,
			java.util.function.Predicate<String> done) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long missing = ids.stream().filter(done.negate()).count();
			if (missing == 0) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						missing + " of " + ids.size() + " items not " + what + " after " + timeout);
			}
			Pause.millis(50);
		}
	}

	@Override
	public void close() {
		this.running = false;
		try {
			this.thread.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
