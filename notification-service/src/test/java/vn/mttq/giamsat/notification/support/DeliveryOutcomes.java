package vn.mttq.giamsat.notification.support;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the {@code DeliveryRecorded} events of one notification off
 * {@code notification.deliveries}, as recommendation-service receives them.
 */
public final class DeliveryOutcomes {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DeliveryOutcomes() {
	}

	/**
	 * Waits for a number of outcomes of a notification.
	 */
	public static List<DeliveryRecorded> of(LocalStack stack, String notificationId, int count) {
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.NOTIFICATION_DELIVERIES)) {
			return parse(reader.await((r) -> notificationId.equals(r.key()), count, Duration.ofSeconds(30)));
		}
	}

	/**
	 * Reads every outcome of a notification published within a while.
	 */
	public static List<DeliveryRecorded> readFor(LocalStack stack, String notificationId, Duration duration) {
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.NOTIFICATION_DELIVERIES)) {
			return parse(reader.readFor(duration).stream().filter((r) -> notificationId.equals(r.key())).toList());
		}
	}

	private static List<DeliveryRecorded> parse(List<ConsumerRecord<String, byte[]>> records) {
		assertThat(records)
			.allSatisfy((r) -> assertThat(TopicReader.header(r, "ce_type")).isEqualTo(DeliveryRecorded.TYPE));
		return records.stream().map((r) -> JSON.readValue(r.value(), DeliveryRecorded.class)).toList();
	}

}
