package vn.mttq.giamsat.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.mttq.giamsat.events.CloudEventHeaders;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.messaging.EventMetadata;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay against the real broker and database: it publishes every pending entry once,
 * in order, and marks only what it sent; and the Kafka record of an outbox event carries,
 * as its {@code traceparent} header, the trace the event was recorded in, even though the
 * relay sends it later on its own thread; and a document keeps only its unsent and its
 * latest sent entries.
 */
@WithLocalStack
@SpringBootTest(classes = OutboxRelayTests.Application.class,
		properties = { "spring.application.name=outbox-tracing-tests", "spring.mongodb.database=outbox-tracing-tests",
				"spring.cloud.stream.output-bindings=things-out-0",
				"spring.cloud.stream.bindings.things-out-0.destination=" + OutboxRelayTests.TOPIC,
				"spring.cloud.stream.bindings.things-out-0.content-type=application/json",
				// The test runs each pass itself.
				"giamsat.outbox.poll-interval=1h", "giamsat.outbox.keep-sent=3" })
class OutboxRelayTests {

	static final String TOPIC = "support.outbox-tracing";

	private static final String TYPE = "vn.mttq.giamsat.test.ThingHappened.v1";

	@Autowired
	Tracer tracer;

	@Autowired
	OutboxEvents events;

	@Autowired
	OutboxRelay relay;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MeterRegistry meters;

	@Autowired
	PrometheusMeterRegistry prometheus;

	@Test
	void aPassPublishesEveryPendingEntryOfEveryDocumentInOrderAndMarksThemSent(LocalStack stack) {
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();
		List<EventMetadata> firstEvents = List.of(metadata(first), metadata(first), metadata(first));
		this.mongo.insert(new Thing(first, firstEvents.stream().map((event) -> entry(first, event)).toList()),
				"things");
		this.mongo.insert(new Thing(second, List.of(entry(second, metadata(second)))), "things");

		assertThat(this.relay.relayPending()).isEqualTo(4);

		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(), TOPIC)) {
			List<ConsumerRecord<String, byte[]>> records = reader.await(
					(record) -> first.equals(record.key()) || second.equals(record.key()), 4, Duration.ofSeconds(60));
			assertThat(records.stream().filter((record) -> first.equals(record.key())).map(OutboxRelayTests::eventId))
				.as("one document's events in the order it recorded them")
				.containsExactlyElementsOf(firstEvents.stream().map(EventMetadata::id).toList());
		}
		assertThat(sentAt(first)).hasSize(3).doesNotContainNull();
		assertThat(sentAt(second)).hasSize(1).doesNotContainNull();
		assertThat(this.relay.relayPending()).as("nothing is left to publish twice").isZero();
	}

	@Test
	void anEntrySentEarlierKeepsItsDateWhileTheEntriesAddedSinceAreSentAndMarked(LocalStack stack) {
		String thing = UUID.randomUUID().toString();
		EventMetadata earlier = metadata(thing);
		Instant sentEarlier = Instant.parse("2026-01-05T03:00:00Z");
		OutboxEntry alreadySent = new OutboxEntry(earlier.id(), earlier.type(), earlier.source(), earlier.subject(),
				earlier.time(), "{\"thing\":\"" + thing + "\"}", sentEarlier, null);
		EventMetadata later = metadata(thing);
		this.mongo.insert(new Thing(thing, List.of(alreadySent, entry(thing, later))), "things");

		this.relay.relayPending();

		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(), TOPIC)) {
			assertThat(reader.await((record) -> thing.equals(record.key()), 1, Duration.ofSeconds(60)))
				.extracting(OutboxRelayTests::eventId)
				.containsExactly(later.id());
		}
		List<Date> marks = sentAt(thing);
		assertThat(marks.get(0).toInstant()).isEqualTo(sentEarlier);
		assertThat(marks.get(1)).isNotNull();
	}

	@Test
	void aDocumentWithManyEventsKeepsItsLastThreeSentEntriesOnceItsNewOnesAreSent(LocalStack stack) {
		String thing = UUID.randomUUID().toString();
		List<OutboxEntry> sentEarlier = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			sentEarlier.add(sent(thing, Instant.parse("2026-01-05T03:00:00Z").plusSeconds(i)));
		}
		List<OutboxEntry> outbox = new ArrayList<>(sentEarlier);
		outbox.add(entry(thing, metadata(thing)));
		outbox.add(entry(thing, metadata(thing)));
		this.mongo.insert(new Thing(thing, outbox), "things");

		assertThat(this.relay.relayPending()).isEqualTo(2);

		assertThat(eventIds(thing)).as("the latest sent entries, in the order recorded")
			.containsExactly(sentEarlier.get(4).eventId(), outbox.get(5).eventId(), outbox.get(6).eventId());
		assertThat(sentAt(thing)).doesNotContainNull();
	}

	@Test
	void aSendThatFailsLeavesItsEntryAndTheLaterOnesOfItsDocumentPendingWhileTheOtherDocumentsAreMarked(
			LocalStack stack) {
		String failing = UUID.randomUUID().toString();
		String other = UUID.randomUUID().toString();
		OutboxEntry tooLarge = this.events.pending(Map.of("thing", "x".repeat(2_000_000)), metadata(failing));
		this.mongo.insert(
				new Thing(failing,
						List.of(entry(failing, metadata(failing)), tooLarge, entry(failing, metadata(failing)))),
				"things");
		this.mongo.insert(new Thing(other, List.of(entry(other, metadata(other)))), "things");
		double failedBefore = this.meters.counter("outbox.failed", "binding", "things-out-0").count();

		this.relay.relayPending();

		assertThat(sentAt(failing).get(0)).isNotNull();
		assertThat(sentAt(failing).subList(1, 3)).as("the failed entry and the one after it").containsOnlyNulls();
		assertThat(sentAt(other)).doesNotContainNull();
		assertThat(this.meters.counter("outbox.failed", "binding", "things-out-0").count()).isEqualTo(failedBefore + 1);
		this.mongo.remove(Query.query(Criteria.where("_id").is(failing)), "things");
	}

	@Test
	void pruningNeverRemovesAnEntryTheDatabaseHoldsUnsentWhateverThePassRead() {
		String thing = UUID.randomUUID().toString();
		OutboxEntry old = sent(thing, Instant.parse("2026-01-05T03:00:00Z"));
		OutboxEntry unsent = entry(thing, metadata(thing));
		this.mongo.insert(new Thing(thing, List.of(old, unsent)), "things");
		Document read = this.mongo.findById(thing, Document.class, "things");
		List<Document> asIfBothWereSent = read.getList("outbox", Document.class)
			.stream()
			.map((entry) -> new Document(entry).append("sentAt", new Date()))
			.toList();
		OutboxEntry recordedSince = entry(thing, metadata(thing));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(thing)), new Update().push("outbox", recordedSince),
				"things");

		new OutboxMarks(this.mongo, Clock.systemUTC(), 0).write("things",
				List.of(new OutboxMarks.Relayed(thing, asIfBothWereSent, List.of())));

		assertThat(eventIds(thing)).containsExactly(unsent.eventId(), recordedSince.eventId());
		assertThat(sentAt(thing)).containsOnlyNulls();
		this.mongo.remove(Query.query(Criteria.where("_id").is(thing)), "things");
	}

	@Test
	void anEventIsPublishedInTheTraceOfTheRequestThatRecordedIt(LocalStack stack) {
		String thing = UUID.randomUUID().toString();
		Span request = this.tracer.nextSpan().name("POST /things").start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(request)) {
			this.mongo.insert(new Thing(thing, List.of(this.events.pending(Map.of("thing", thing), metadata(thing)))),
					"things");
		}
		finally {
			request.end();
		}

		this.relay.relayPending();

		String traceparent = TopicReader.header(published(stack, thing), "traceparent");
		assertThat(traceparent).startsWith("00-" + request.context().traceId() + "-").endsWith("-01");
		assertThat(traceparent.split("-")[2]).as("the span that sent the record, a descendant of the request's")
			.isNotEqualTo(request.context().spanId());
		assertThat(this.meters.counter("outbox.published", "binding", "things-out-0", "topic", TOPIC).count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void anEventRecordedBeforeTracesWereKeptIsStillPublishedInATraceOfItsOwn(LocalStack stack) {
		String thing = UUID.randomUUID().toString();
		EventMetadata metadata = metadata(thing);
		OutboxEntry withoutTrace = new OutboxEntry(metadata.id(), metadata.type(), metadata.source(),
				metadata.subject(), metadata.time(), "{\"thing\":\"" + thing + "\"}", null, null);
		this.mongo.insert(new Thing(thing, List.of(withoutTrace)), "things");

		this.relay.relayPending();

		assertThat(TopicReader.header(published(stack, thing), "traceparent"))
			.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
	}

	@Test
	void theTracedSendIsTimedLikeEveryOtherKafkaSend(LocalStack stack) {
		String thing = UUID.randomUUID().toString();
		this.mongo.insert(new Thing(thing, List.of(this.events.pending(Map.of("thing", thing), metadata(thing)))),
				"things");

		this.relay.relayPending();
		published(stack, thing);

		// One set of tag keys for spring.kafka.template, or Prometheus refuses the
		// binder's
		// timers.
		assertThat(this.prometheus.scrape())
			.containsPattern("spring_kafka_template_seconds_count\\{[^}]*messaging_destination_name=\"" + TOPIC + "\"");
	}

	private static ConsumerRecord<String, byte[]> published(LocalStack stack, String thing) {
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(), TOPIC)) {
			return reader.await((record) -> thing.equals(record.key()), 1, Duration.ofSeconds(60)).get(0);
		}
	}

	private OutboxEntry entry(String thing, EventMetadata metadata) {
		return this.events.pending(Map.of("thing", thing), metadata);
	}

	private OutboxEntry sent(String thing, Instant at) {
		EventMetadata metadata = metadata(thing);
		return new OutboxEntry(metadata.id(), metadata.type(), metadata.source(), metadata.subject(), metadata.time(),
				"{\"thing\":\"" + thing + "\"}", at, null);
	}

	private List<String> eventIds(String thing) {
		Document stored = this.mongo.findById(thing, Document.class, "things");
		return stored.getList("outbox", Document.class).stream().map((entry) -> entry.getString("eventId")).toList();
	}

	private List<Date> sentAt(String thing) {
		Document stored = this.mongo.findById(thing, Document.class, "things");
		return stored.getList("outbox", Document.class).stream().map((entry) -> entry.getDate("sentAt")).toList();
	}

	private static String eventId(ConsumerRecord<?, ?> record) {
		return TopicReader.header(record, CloudEventHeaders.ID);
	}

	private static EventMetadata metadata(String thing) {
		return new EventMetadata(UUID.randomUUID().toString(), "/outbox-tracing-tests", TYPE, Instant.now(), thing);
	}

	/**
	 * An aggregate with an outbox, as the services store theirs.
	 *
	 * @param id its id, the Kafka key of its events
	 * @param outbox its events
	 */
	record Thing(@Id String id, List<OutboxEntry> outbox) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@Bean
		OutboxSource things() {
			return new OutboxSource("things", "things-out-0");
		}

	}

}
