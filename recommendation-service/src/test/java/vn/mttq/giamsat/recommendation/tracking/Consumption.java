package vn.mttq.giamsat.recommendation.tracking;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import static org.awaitility.Awaitility.await;

/**
 * Waits until a consumer group has committed everything on a topic that was there when
 * asked: every record sent before has been handled. A test that expects a record to
 * change nothing waits on this instead of sleeping.
 */
public final class Consumption {

	private Consumption() {
	}

	public static void awaitAllConsumed(String bootstrapServers, String group, String topic) {
		Properties properties = new Properties();
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		try (Admin admin = Admin.create(properties)) {
			List<TopicPartition> partitions = admin.describeTopics(List.of(topic))
				.allTopicNames()
				.get()
				.get(topic)
				.partitions()
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			Map<TopicPartition, ListOffsetsResultInfo> ends = admin
				.listOffsets(partitions.stream()
					.collect(Collectors.toMap((partition) -> partition, (partition) -> OffsetSpec.latest())))
				.all()
				.get();
			await(group + " consumed " + topic).atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> {
					Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
						.partitionsToOffsetAndMetadata()
						.get();
					return ends.entrySet().stream().allMatch((end) -> {
						OffsetAndMetadata done = committed.get(end.getKey());
						return end.getValue().offset() == 0
								|| (done != null && done.offset() >= end.getValue().offset());
					});
				});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
