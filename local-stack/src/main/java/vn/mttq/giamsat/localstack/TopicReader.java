package vn.mttq.giamsat.localstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic from its beginning, outside any consumer group, so a test can see
 * what a service published without disturbing the services' own consumers.
 */
public final class TopicReader implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final String topic;

	private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

	private TopicReader(String bootstrapServers, String topic) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		this.consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
		this.topic = topic;
	}

	/**
	 * Opens a reader of every partition of a topic, from the first record.
	 * @param bootstrapServers the broker
	 * @param topic the topic; it may not exist yet
	 * @return the reader; close it
	 */
	public static TopicReader fromBeginning(String bootstrapServers, String topic) {
		return new TopicReader(bootstrapServers, topic);
	}

	/**
	 * Polls until {@code count} records match, or fails after the timeout.
	 * @param matching which records count
	 * @param count how many must match
	 * @param timeout how long to wait at most
	 * @return the matching records, in the order read
	 * @throws AssertionError if fewer matched in time, with how many did
	 */
	public List<ConsumerRecord<String, byte[]>> await(Predicate<ConsumerRecord<String, byte[]>> matching, int count,
			Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			List<ConsumerRecord<String, byte[]>> matched = this.seen.stream().filter(matching).toList();
			if (matched.size() >= count) {
				return matched;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Expected " + count + " matching records on " + this.topic + " within "
						+ timeout + " but found " + matched.size() + " among " + this.seen.size());
			}
			poll();
		}
	}

	/**
	 * Polls for a while and returns every record read so far, for a test that checks
	 * something did not arrive.
	 * @param duration how long to poll
	 * @return all records read since the reader opened, in the order read
	 */
	public List<ConsumerRecord<String, byte[]>> readFor(Duration duration) {
		long deadline = System.nanoTime() + duration.toNanos();
		do {
			poll();
		}
		while (System.nanoTime() < deadline);
		return List.copyOf(this.seen);
	}

	/**
	 * Returns a header of a record as text.
	 * @param record the record
	 * @param name the header name
	 * @return the last value of that header as UTF-8 text, or {@code null}
	 */
	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private void poll() {
		if (this.consumer.assignment().isEmpty()) {
			List<PartitionInfo> partitions = this.consumer.partitionsFor(this.topic, Duration.ofSeconds(5));
			if (partitions == null || partitions.isEmpty()) {
				sleepBriefly();
				return;
			}
			List<TopicPartition> assigned = partitions.stream()
				.map((info) -> new TopicPartition(this.topic, info.partition()))
				.toList();
			this.consumer.assign(assigned);
			this.consumer.seekToBeginning(assigned);
		}
		this.consumer.poll(Duration.ofMillis(200)).forEach(this.seen::add);
	}

	private static void sleepBriefly() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.consumer.close(Duration.ofSeconds(5));
	}

}
