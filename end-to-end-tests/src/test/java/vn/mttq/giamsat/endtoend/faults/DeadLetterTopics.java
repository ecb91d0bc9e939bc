package vn.mttq.giamsat.endtoend.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import vn.mttq.giamsat.events.Topics;

/**
 * Reads the consumers' dead-letter topics completely: up to their end offsets at the
 * moment of reading, so a count is exact (a {@code TopicReader} waits for at least a
 * number of records and cannot tell that no more are there).
 */
final class DeadLetterTopics {

	static final String RECOMMENDATION = Topics.SUPERVISION_RECOMMENDATIONS + ".recommendation-service.dlt";

	/**
	 * The dead-letter topics of the consumers the suite sends poison to:
	 * recommendation-service alone reads {@code supervision.recommendations},
	 * notification-service tells recipients from the lifecycle.
	 */
	static final List<String> ALL = List.of(RECOMMENDATION);

	/**
	 * The dead-letter topics of the lifecycle's consumers: nothing the suite sends may
	 * end up there.
	 */
	static final List<String> CLEAN = List.of(Topics.RECOMMENDATION_LIFECYCLE + ".supervision-service.dlt",
			Topics.RECOMMENDATION_LIFECYCLE + ".recommendation-service-statistics.dlt",
			Topics.RECOMMENDATION_LIFECYCLE + ".notification-service.dlt",
			Topics.NOTIFICATION_DELIVERIES + ".recommendation-service.dlt");

	private DeadLetterTopics() {
	}

	/**
	 * Returns the keys of every record on each dead-letter topic, in partition order.
	 * @param bootstrapServers the broker
	 * @return topic to keys
	 */
	static Map<String, List<String>> keys(String bootstrapServers) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
		Map<String, List<String>> keys = new LinkedHashMap<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			for (String topic : ALL) {
				keys.put(topic, readAll(consumer, topic));
			}
			for (String topic : CLEAN) {
				keys.put(topic, readAll(consumer, topic));
			}
		}
		return keys;
	}

	private static List<String> readAll(KafkaConsumer<String, byte[]> consumer, String topic) {
		return records(consumer, topic).stream().map(ConsumerRecord::key).toList();
	}

	/**
	 * Returns every record of a topic up to its end offsets at the moment of reading.
	 * @param bootstrapServers the broker
	 * @param topic the topic
	 * @return the records, in partition order
	 */
	static List<ConsumerRecord<String, byte[]>> records(String bootstrapServers, String topic) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			return records(consumer, topic);
		}
	}

	private static List<ConsumerRecord<String, byte[]>> records(KafkaConsumer<String, byte[]> consumer, String topic) {
		List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
		List<ConsumerRecord<String, byte[]>> keys = new ArrayList<>();
		if (infos == null || infos.isEmpty()) {
			return keys;
		}
		List<TopicPartition> partitions = infos.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
		Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!caughtUp(consumer, ends)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Could not read " + topic + " to its end " + ends);
			}
			for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
				if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
					keys.add(record);
				}
			}
		}
		consumer.unsubscribe();
		return keys;
	}

	private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
		for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
			if (consumer.position(end.getKey(), Duration.ofSeconds(10)) < end.getValue()) {
				return false;
			}
		}
		return true;
	}

}
