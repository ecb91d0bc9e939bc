package vn.mttq.giamsat.support.topics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.mttq.giamsat.localstack.LocalKafka;
import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The declarations against a real broker, through Boot's {@code KafkaAdmin} with the
 * settings of {@code service-defaults.yml}.
 */
@WithLocalStack
class TopicsAutoConfigurationTests {

	@Test
	void theOwnerCreatesItsTopicsAndCompactsOneAReaderHadCreatedWithoutCompaction(LocalKafka kafka) throws Exception {
		String directory = "owned.organisations." + System.nanoTime();
		String deadLetters = directory + ".reader.dlt";
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
			// What a reader starting first used to leave behind: default settings.
			admin.createTopics(List.of(new NewTopic(directory, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);

			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, TopicsAutoConfiguration.class))
				.withPropertyValues("spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
						"spring.kafka.admin.fail-fast=true", "spring.kafka.admin.modify-topic-configs=true",
						"spring.cloud.stream.bindings.directory-out-0.destination=" + directory,
						"spring.cloud.stream.kafka.bindings.directory-out-0.producer.topic.properties.cleanup.policy"
								+ "=compact",
						"spring.cloud.stream.bindings.other-in-0.destination=not.ours." + System.nanoTime(),
						"spring.cloud.stream.bindings.other-in-0.group=reader",
						"spring.cloud.stream.kafka.bindings.other-in-0.consumer.enable-dlq=true",
						"spring.cloud.stream.kafka.bindings.other-in-0.consumer.dlq-name=" + deadLetters)
				.run((context) -> assertThat(context).hasNotFailed());

			// The broker's controller applies a configuration change and then publishes
			// it
			// to the broker that answers describeConfigs, so it is read until it shows.
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				assertThat(config(admin, directory).get("cleanup.policy").value()).isEqualTo("compact");
				assertThat(config(admin, deadLetters).get("min.insync.replicas").value()).isEqualTo("1");
			});
			assertThat(admin.describeTopics(List.of(deadLetters)).allTopicNames().get().get(deadLetters).partitions())
				.hasSize(3);
			assertThat(admin.listTopics().names().get()).noneMatch((name) -> name.startsWith("not.ours."));
		}
	}

	private static Config config(Admin admin, String topic) throws Exception {
		ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
		return admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
	}

}
