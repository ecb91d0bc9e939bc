package vn.mttq.giamsat.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.support.Events;
import vn.mttq.giamsat.notification.support.TestData;
import vn.mttq.giamsat.support.deadletter.DeadLetter;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventBatch;
import vn.mttq.giamsat.support.messaging.MongoCommands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A poll's lifecycle events are told together: what they need is read once for the batch,
 * their notifications are stored with one command, each item's steps are judged in their
 * order, and a poison record among them is dead-lettered alone while every good event is
 * told once, however often the batch comes again.
 */
@WithLocalStack
@SpringBootTest(
		properties = { "giamsat.notification.cache.time-to-live=10m", "giamsat.directory-copy.cache-time-to-live=10m" })
@Import(MongoCommands.Listening.class)
class LifecycleBatchTests {

	private static final Logger log = LoggerFactory.getLogger(LifecycleBatchTests.class);

	private static final String FRONT = "ubmttq-tinh-dien-bien";

	@Autowired
	@Qualifier("recommendationLifecycle")
	Consumer<Message<List<byte[]>>> consumer;

	@Autowired
	NotificationFanOut fanOut;

	@Autowired
	MongoCommands commands;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MeterRegistry meters;

	@Test
	void aBatchReadsWhatItsEventsNeedOnceAndStoresTheirNotificationsWithOneCommand() {
		List<String> agencies = knownAgencies(2);
		List<Events> first = receivedAndReminded(agencies, 10);
		List<Events> second = receivedAndReminded(agencies, 10);
		List<Events> third = receivedAndReminded(agencies, 10);

		List<String> cold = this.commands.during(() -> this.consumer.accept(batch(first)));
		List<String> warm = this.commands.during(() -> this.consumer.accept(batch(second)));
		List<String> oneByOne = new ArrayList<>();
		third.forEach(
				(event) -> oneByOne.addAll(this.commands.during(() -> this.consumer.accept(batch(List.of(event))))));

		log.info(
				"A batch of {} lifecycle events sent {} database commands with cold caches {}, {} with warm ones {}; "
						+ "the same events one per batch sent {}",
				first.size(), cold.size(), cold, warm.size(), warm, oneByOne.size());
		assertThat(cold).doesNotHaveDuplicates()
			.contains("insert notifications")
			.isSubsetOf("find organisations", "find contacts", "find templates", "find notifications",
					"insert notifications");
		assertThat(warm).containsExactly("find notifications", "insert notifications");
		for (String agency : agencies) {
			assertThat(kindsToldTo(agency)).as("inbox of %s", agency)
				.hasSize(45)
				.containsOnly("TRACKED", "RECEIVED", "REMINDED");
		}
	}

	@Test
	void aReceiptInTheBatchOfItsFirstNoticeTellsTheDateOnlyWhenItChangedIt() {
		String agency = knownAgencies(1).get(0);
		String unchanged = UUID.randomUUID().toString();
		String changed = UUID.randomUUID().toString();
		List<Events> events = List.of(
				Events.tracked(unchanged, FRONT, agency, List.of())
					.withItem("dueDate", "2026-12-21")
					.withItem("dueDateProvisional", false),
				Events.tracked(changed, FRONT, agency, List.of())
					.withItem("dueDate", "2026-12-21")
					.withItem("dueDateProvisional", true),
				received(unchanged, agency, "2026-12-21"), received(changed, agency, "2027-01-05"));

		this.consumer.accept(batch(events));

		assertThat(kindsToldTo(agency)).containsExactly("TRACKED", "TRACKED", "RECEIVED");
	}

	@Test
	void aPoisonRecordStopsTheBatchAfterTheEventsBeforeItAndTheSameBatchAgainTellsNothingNew() {
		String agency = knownAgencies(1).get(0);
		String id = UUID.randomUUID().toString();
		Events tracked = Events.tracked(id, FRONT, agency, List.of());
		Events reminded = Events.step(id, 2, "REMINDED", FRONT, agency, List.of(), List.of(), null);
		List<Message<byte[]>> records = List.of(record(tracked), record(tracked), record(reminded),
				record("{ not json".getBytes(StandardCharsets.UTF_8), tracked.headers()));

		for (int delivery = 0; delivery < 2; delivery++) {
			assertThatExceptionOfType(BatchListenerFailedException.class)
				.isThrownBy(() -> this.consumer.accept(EventBatch.message(records)))
				.satisfies((failed) -> assertThat(failed.getIndex()).isEqualTo(3));
			assertThat(kindsToldTo(agency)).containsExactly("TRACKED", "REMINDED");
		}
	}

	@Test
	void throughTheBrokerEveryGoodEventIsToldOnceAndOnlyThePoisonOneIsDeadLetteredWithItsReason(LocalStack stack) {
		String agency = knownAgencies(1).get(0);
		String id = UUID.randomUUID().toString();
		List<Events> good = List.of(Events.tracked(id, FRONT, agency, List.of()),
				Events.step(id, 2, "REMINDED", FRONT, agency, List.of(), List.of(), null),
				Events.step(id, 3, "DUE_DATE_CHANGED", FRONT, agency, List.of(), List.of(), null));
		double duplicates = consumed("duplicate");

		for (int delivery = 1; delivery <= 2; delivery++) {
			send(stack, good.get(0));
			send(stack, good.get(1));
			TopicWriter.send(stack.kafka().bootstrapServers(), Topics.RECOMMENDATION_LIFECYCLE, id,
					"{ not json".getBytes(StandardCharsets.UTF_8), good.get(0).headers());
			send(stack, good.get(2));

			int dead = delivery;
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(deadLettersOf(id)).hasSize(dead)
					.allSatisfy((letter) -> assertThat(letter.reason()).contains("unreadable")));
		}

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(consumed("duplicate")).isGreaterThanOrEqualTo(duplicates + 3));
		assertThat(kindsToldTo(agency)).containsExactly("TRACKED", "REMINDED", "DUE_DATE_CHANGED");
	}

	private List<String> knownAgencies(int count) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		List<String> agencies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			agencies.add("so-" + i + "-" + suffix);
		}
		TestData.knownOrganisations(this.directory, agencies.toArray(String[]::new));
		return agencies;
	}

	/**
	 * Each item's first notice with a provisional date, the receipt fixing another, and a
	 * reminder, items taking turns among the agencies.
	 */
	private static List<Events> receivedAndReminded(List<String> agencies, int items) {
		List<Events> events = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			String id = UUID.randomUUID().toString();
			String agency = agencies.get(i % agencies.size());
			events.add(Events.tracked(id, FRONT, agency, List.of())
				.withItem("dueDate", "2026-12-21")
				.withItem("dueDateProvisional", true));
			events.add(received(id, agency, "2027-01-05"));
			events.add(Events.step(id, 3, "REMINDED", FRONT, agency, List.of(), List.of(), null));
		}
		return events;
	}

	private static Events received(String id, String agency, String dueDate) {
		return Events.step(id, 2, "RECEIVED", FRONT, agency, List.of(), List.of(), null)
			.withItem("dueDate", dueDate)
			.withItem("dueDateProvisional", false);
	}

	private List<String> kindsToldTo(String agency) {
		Query inbox = Query.query(Criteria.where("recipientOrganisationId").is(agency).and("channel").is(Channel.INBOX))
			.with(Sort.by("createdAt"));
		return this.mongo.find(inbox, Notification.class).stream().map(Notification::kind).toList();
	}

	private List<DeadLetter> deadLettersOf(String key) {
		return this.mongo.find(Query.query(Criteria.where("key").is(key)), DeadLetter.class);
	}

	private double consumed(String outcome) {
		return this.meters.counter(ConsumedEvents.METER, "topic", Topics.RECOMMENDATION_LIFECYCLE, "outcome", outcome)
			.count();
	}

	private static void send(LocalStack stack, Events event) {
		event.sendTo(stack.kafka().bootstrapServers());
	}

	private static Message<List<byte[]>> batch(List<Events> events) {
		return EventBatch.message(events.stream().map(LifecycleBatchTests::record).toList());
	}

	private static Message<byte[]> record(Events event) {
		return record(event.json().getBytes(StandardCharsets.UTF_8), event.headers());
	}

	private static Message<byte[]> record(byte[] payload, Map<String, String> headers) {
		return MessageBuilder.withPayload(payload)
			.copyHeaders(headers)
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, Topics.RECOMMENDATION_LIFECYCLE)
			.build();
	}

}
