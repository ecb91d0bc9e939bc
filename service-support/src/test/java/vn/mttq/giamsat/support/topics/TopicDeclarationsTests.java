package vn.mttq.giamsat.support.topics;

import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopicDeclarationsTests {

	private final MockEnvironment environment = new MockEnvironment()
		.withProperty("spring.cloud.stream.output-bindings", "organisationChanged-out-0;letters")
		.withProperty("spring.cloud.stream.bindings.organisationChanged-out-0.destination", "supervision.organisations")
		.withProperty("spring.cloud.stream.kafka.bindings.organisationChanged-out-0.producer.topic.properties"
				+ ".cleanup.policy", "compact")
		.withProperty("spring.cloud.stream.bindings.letters.destination", "supervision.recommendations")
		.withProperty("spring.cloud.stream.bindings.lifecycle-in-0.destination", "recommendation.lifecycle")
		.withProperty("spring.cloud.stream.bindings.lifecycle-in-0.group", "supervision-service")
		.withProperty("spring.cloud.stream.kafka.bindings.lifecycle-in-0.consumer.enable-dlq", "true")
		.withProperty("spring.cloud.stream.kafka.bindings.lifecycle-in-0.consumer.dlq-name", "lifecycle.dlt")
		.withProperty("spring.cloud.stream.bindings.deliveries-in-0.destination", "notification.deliveries")
		.withProperty("spring.cloud.stream.bindings.deliveries-in-0.group", "supervision-service")
		.withProperty("spring.cloud.stream.kafka.bindings.deliveries-in-0.consumer.enable-dlq", "true")
		.withProperty("spring.cloud.stream.bindings.deadLetters-in-0.destination",
				"lifecycle.dlt, error.notification.deliveries.supervision-service");

	@Test
	void declaresWhatTheServiceWritesAndTheDeadLetterTopicsOfItsConsumers() {
		List<NewTopic> topics = declarations(new TopicProperties(null, null, null, false));

		assertThat(topics).extracting(NewTopic::name)
			.containsExactlyInAnyOrder("supervision.organisations", "supervision.recommendations", "lifecycle.dlt",
					"error.notification.deliveries.supervision-service");
		assertThat(topics).allSatisfy((topic) -> {
			assertThat(topic.numPartitions()).isEqualTo(3);
			assertThat(topic.replicationFactor()).isEqualTo((short) 1);
			assertThat(topic.configs()).containsEntry("min.insync.replicas", "1");
		});
		assertThat(named(topics, "supervision.organisations").configs()).containsEntry("cleanup.policy", "compact");
		assertThat(named(topics, "supervision.recommendations").configs()).doesNotContainKey("cleanup.policy");
	}

	@Test
	void aReaderLeavesTheTopicsItReadsToTheirOwners() {
		assertThat(declarations(new TopicProperties(null, null, null, false))).extracting(NewTopic::name)
			.doesNotContain("recommendation.lifecycle", "notification.deliveries");
	}

	@Test
	void aServiceTestedAloneStandsInForTheOwnersOfWhatItReads() {
		assertThat(declarations(new TopicProperties(null, null, null, true))).extracting(NewTopic::name)
			.contains("recommendation.lifecycle", "notification.deliveries")
			.doesNotHaveDuplicates();
	}

	@Test
	void aClusterOfThreeBrokersSetsReplicationAndMinimumInSyncReplicas() {
		List<NewTopic> topics = declarations(new TopicProperties(6, (short) 3, 2, false));

		assertThat(topics).allSatisfy((topic) -> {
			assertThat(topic.numPartitions()).isEqualTo(6);
			assertThat(topic.replicationFactor()).isEqualTo((short) 3);
			assertThat(topic.configs()).containsEntry("min.insync.replicas", "2");
		});
	}

	@Test
	void refusesMoreInSyncReplicasThanCopies() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TopicProperties(3, (short) 1, 2, false))
			.withMessageContaining("min-insync-replicas (2)");
	}

	private List<NewTopic> declarations(TopicProperties properties) {
		return TopicsAutoConfiguration.declarations(StreamBindings.from(this.environment), properties);
	}

	private static NewTopic named(List<NewTopic> topics, String name) {
		return topics.stream().filter((topic) -> topic.name().equals(name)).findFirst().orElseThrow();
	}

}
