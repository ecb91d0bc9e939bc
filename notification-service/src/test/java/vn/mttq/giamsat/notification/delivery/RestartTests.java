package vn.mttq.giamsat.notification.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.NotificationServiceApplication;
import vn.mttq.giamsat.notification.support.Events;
import vn.mttq.giamsat.notification.support.Organisations;
import vn.mttq.giamsat.notification.support.TestSmtp;
import vn.mttq.giamsat.notification.support.WebhookReceiver;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service is stopped after telling an agency, and started again in a new consumer
 * group, so every event of the topics comes again: nobody is told twice, on any channel.
 */
@WithLocalStack
class RestartTests {

	static final WebhookReceiver RECEIVER = WebhookReceiver.start();

	@AfterAll
	static void stopReceiver() {
		RECEIVER.close();
	}

	@Test
	void aRestartAndARedeliveryOfEveryEventTellNobodyTwice(LocalStack stack, LocalIssuer issuer) {
		String group = "notification-restart-" + UUID.randomUUID();
		String agency;
		String front;
		String id = UUID.randomUUID().toString();
		try (ConfigurableApplicationContext first = start(group)) {
			Organisations organisations = new Organisations(port(first), issuer,
					first.getBean(OrganisationDirectory.class), RECEIVER);
			front = organisations.inboxOnly("ubmttq-tinh");
			agency = organisations.withChannels("so-restart");
			Events.tracked(id, front, agency, List.of()).sendTo(stack.kafka().bootstrapServers());
			Events.step(id, 2, "REMINDED", front, agency, List.of(), List.of(), null)
				.sendTo(stack.kafka().bootstrapServers());
			MongoTemplate mongo = first.getBean(MongoTemplate.class);
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(of(mongo, agency)).hasSize(6)
					.allSatisfy((n) -> assertThat(n.status()).isEqualTo(DeliveryStatus.DELIVERED)));
		}

		try (ConfigurableApplicationContext second = start("notification-restart-" + UUID.randomUUID())) {
			String redeliveredGroup = second.getEnvironment()
				.getProperty("spring.cloud.stream.bindings.recommendationLifecycle-in-0.group");
			await().atMost(Duration.ofSeconds(90))
				.untilAsserted(() -> assertThat(lag(stack, redeliveredGroup)).isZero());
			MongoTemplate mongo = second.getBean(MongoTemplate.class);
			assertThat(of(mongo, agency)).hasSize(6);
			assertThat(second.getBean(io.micrometer.core.instrument.MeterRegistry.class)
				.counter("notification.redelivered")
				.count()).isGreaterThanOrEqualTo(6);
		}
		assertThat(TestSmtp.to(Organisations.email(agency))).hasSize(2);
		assertThat(RECEIVER.endpoint(agency).accepted()).hasSize(2);
	}

	private static ConfigurableApplicationContext start(String group) {
		return new SpringApplicationBuilder(NotificationServiceApplication.class).run("--server.port=0",
				"--management.server.port=0",
				"--spring.cloud.stream.bindings.recommendationLifecycle-in-0.group=" + group,
				"--spring.cloud.stream.bindings.organisationChanged-in-0.group=" + group,
				"--spring.cloud.stream.bindings.deadLetters-in-0.group=" + group + "-dead-letters");
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	private static List<Notification> of(MongoTemplate mongo, String agency) {
		return mongo.find(Query.query(Criteria.where("recipientOrganisationId").is(agency)), Notification.class);
	}

	/**
	 * How many records of the two event topics the group has not committed yet.
	 */
	private static long lag(LocalStack stack, String group) throws Exception {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
		try (Admin admin = Admin.create(config)) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get();
			List<String> topics = List.of(Topics.RECOMMENDATION_LIFECYCLE);
			Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics)
				.allTopicNames()
				.get()
				.values()
				.stream()
				.flatMap((topic) -> topic.partitions()
					.stream()
					.map((p) -> new TopicPartition(topic.name(), p.partition())))
				.collect(Collectors.toMap((tp) -> tp, (tp) -> OffsetSpec.latest()));
			long lag = 0;
			for (var end : admin.listOffsets(latest).all().get().entrySet()) {
				OffsetAndMetadata at = committed.get(end.getKey());
				lag += end.getValue().offset() - ((at != null) ? at.offset() : 0);
			}
			return lag;
		}
	}

}
