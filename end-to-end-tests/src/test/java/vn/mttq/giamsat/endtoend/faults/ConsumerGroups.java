package vn.mttq.giamsat.endtoend.faults;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

import static org.awaitility.Awaitility.await;

/**
 * What the tests do to and ask of the services' consumer groups through Kafka's admin
 * API.
 */
final class ConsumerGroups {

	private ConsumerGroups() {
	}

	/**
	 * Moves a stopped group's committed offsets on a topic back to the earliest, so that
	 * its next consumers receive every record again. Members a crash left behind are
	 * removed first (their sessions would otherwise keep the group busy until they
	 * expire).
	 * @param bootstrapServers the broker
	 * @param group the consumer group
	 * @param topic the topic
	 * @return the offsets set, per partition
	 */
	static Map<TopicPartition, Long> rewindToEarliest(String bootstrapServers, String group, String topic) {
		try (Admin admin = admin(bootstrapServers)) {
			Map<TopicPartition, Long> earliest = offsets(admin, topic, OffsetSpec.earliest());
			Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
			earliest.forEach((partition, offset) -> rewound.put(partition, new OffsetAndMetadata(offset)));
			await(group + " rewound").atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.ignoreExceptions()
				.until(() -> {
					if (!describe(admin, group).members().isEmpty()) {
						get(admin.removeMembersFromConsumerGroup(group, new RemoveMembersFromConsumerGroupOptions())
							.all());
					}
					get(admin.alterConsumerGroupOffsets(group, rewound).all());
					return true;
				});
			return earliest;
		}
	}

	/**
	 * Returns how many records of the topic the group has not committed yet.
	 */
	static long lag(String bootstrapServers, String group, String topic) {
		try (Admin admin = admin(bootstrapServers)) {
			Map<TopicPartition, Long> latest = offsets(admin, topic, OffsetSpec.latest());
			Map<TopicPartition, OffsetAndMetadata> committed = get(
					admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
			long lag = 0;
			for (Map.Entry<TopicPartition, Long> end : latest.entrySet()) {
				OffsetAndMetadata done = committed.get(end.getKey());
				lag += end.getValue() - ((done != null) ? done.offset() : 0);
			}
			return lag;
		}
	}

	/**
	 * Returns the number of records on a topic (the sum of its partitions' end offsets).
	 */
	static long records(String bootstrapServers, String topic) {
		try (Admin admin = admin(bootstrapServers)) {
			return offsets(admin, topic, OffsetSpec.latest()).values().stream().mapToLong(Long::longValue).sum();
		}
	}

	/**
	 * Returns, for each member of the group that consumes the topic, the number of its
	 * partitions assigned to it. A service's group also has members for its other topics
	 * (one consumer per binding); they are left out.
	 */
	static List<Integer> assignments(String bootstrapServers, String group, String topic) {
		try (Admin admin = admin(bootstrapServers)) {
			return describe(admin, group).members()
				.stream()
				.map((member) -> (int) member.assignment()
					.topicPartitions()
					.stream()
					.filter((partition) -> partition.topic().equals(topic))
					.count())
				.filter((count) -> count > 0)
				.toList();
		}
	}

	private static ConsumerGroupDescription describe(Admin admin, String group) {
		return get(admin.describeConsumerGroups(List.of(group)).all()).get(group);
	}

	private static Map<TopicPartition, Long> offsets(Admin admin, String topic, OffsetSpec spec) {
		TopicDescription description = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
		Map<TopicPartition, OffsetSpec> request = new HashMap<>();
		description.partitions().forEach((info) -> request.put(new TopicPartition(topic, info.partition()), spec));
		Map<TopicPartition, ListOffsetsResultInfo> result = get(admin.listOffsets(request).all());
		Map<TopicPartition, Long> offsets = new HashMap<>();
		result.forEach((partition, info) -> offsets.put(partition, info.offset()));
		return offsets;
	}

	private static Admin admin(String bootstrapServers) {
		Properties properties = new Properties();
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
		properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
		return Admin.create(properties);
	}

	private static <T> T get(KafkaFuture<T> future) {
		try {
			return future.get(20, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause().toString(), ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Kafka admin call timed out", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
