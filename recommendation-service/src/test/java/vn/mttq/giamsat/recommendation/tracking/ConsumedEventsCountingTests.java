package vn.mttq.giamsat.recommendation.tracking;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.PoisonRecords;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.tracking.RecommendationIssuedConsumerTests.GoldenEvent;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code events.consumed} through the real binder: a record applied, the same record
 * again as a duplicate, and each poison record rejected on its way to the dead-letter
 * topic, each counted once. The binding has a group of its own, so that no other test's
 * context takes its partitions; the context is closed afterwards.
 */
@WithLocalStack
@SpringBootTest(properties = "spring.cloud.stream.bindings.recommendationIssued-in-0.group="
		+ ConsumedEventsCountingTests.GROUP)
@DirtiesContext
class ConsumedEventsCountingTests {

	static final String GROUP = "recommendation-service-consumed-counting";

	static final String TOPIC = Topics.SUPERVISION_RECOMMENDATIONS;

	@Autowired
	MeterRegistry meters;

	@Test
	void eachRecordIsCountedOnceAsAppliedDuplicateOrRejected(LocalStack stack) {
		String bootstrap = stack.kafka().bootstrapServers();
		Consumption.awaitAllConsumed(bootstrap, GROUP, TOPIC);
		double applied = count("applied");
		double duplicate = count("duplicate");
		double rejected = count("rejected");
		String id = UUID.randomUUID().toString();
		GoldenEvent event = GoldenEvent.issued(id, UUID.randomUUID().toString());

		TopicWriter.send(bootstrap, TOPIC, event.key(), event.json(), event.headers());
		TopicWriter.send(bootstrap, TOPIC, event.key(), event.json(), event.headers());
		PoisonRecords.sendAll(bootstrap, TOPIC, id, event.json(), event.headers());

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(count("applied")).isEqualTo(applied + 1);
			assertThat(count("duplicate")).isEqualTo(duplicate + 1);
			assertThat(count("rejected")).isEqualTo(rejected + PoisonRecords.COUNT);
		});
		Consumption.awaitAllConsumed(bootstrap, GROUP, TOPIC);
		assertThat(count("applied") + count("duplicate") + count("rejected"))
			.as("nothing counted twice once everything is consumed")
			.isEqualTo(applied + duplicate + rejected + 2 + PoisonRecords.COUNT);
	}

	private double count(String outcome) {
		return this.meters.counter(ConsumedEvents.METER, "topic", TOPIC, "outcome", outcome).count();
	}

}
