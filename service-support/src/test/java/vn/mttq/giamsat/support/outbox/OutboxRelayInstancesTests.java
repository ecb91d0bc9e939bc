package vn.mttq.giamsat.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.kafka.common.BinderHeaderMapper;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.mttq.giamsat.events.CloudEventHeaders;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.messaging.EventMetadata;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of a service relaying the same collection, on one database and one
 * broker: the lease lets one of them relay it, so no entry is sent twice while both live,
 * and the other takes over once the first is gone.
 */
@WithLocalStack
@SpringBootTest(classes = OutboxRelayTests.Application.class,
		properties = { "spring.application.name=outbox-tracing-tests", "spring.mongodb.database=outbox-tracing-tests",
				"spring.cloud.stream.output-bindings=things-out-0",
				"spring.cloud.stream.bindings.things-out-0.destination=" + OutboxRelayTests.TOPIC,
				"spring.cloud.stream.bindings.things-out-0.content-type=application/json",
				"giamsat.outbox.poll-interval=1h", "giamsat.outbox.keep-sent=3" })
class OutboxRelayInstancesTests {

	private static final String GADGETS = "gadgets";

	private static final Duration LEASE = Duration.ofSeconds(60);

	@Autowired
	MongoTemplate mongo;

	@Autowired
	OutboxEvents events;

	@Autowired
	OutboxTracing tracing;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Environment environment;

	private final List<OutboxSender> senders = new ArrayList<>();

	private final List<OutboxRelay> relays = new ArrayList<>();

	@AfterEach
	void stopInstances() {
		this.relays.forEach(OutboxRelay::stop);
		this.senders.forEach(OutboxSender::destroy);
	}

	@Test
	void twoLiveInstancesRelayingTogetherSendEveryEventOnce(LocalStack stack) {
		List<String> eventIds = new ArrayList<>();
		List<String> gadgets = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String gadget = UUID.randomUUID().toString();
			List<OutboxEntry> outbox = List.of(entry(gadget), entry(gadget));
			outbox.forEach((entry) -> eventIds.add(entry.eventId()));
			gadgets.add(gadget);
			this.mongo.insert(new OutboxRelayTests.Thing(gadget, outbox), GADGETS);
		}
		OutboxRelay first = instance("first");
		OutboxRelay second = instance("second");

		CompletableFuture<Void> periodic = CompletableFuture.runAsync(() -> relayUntilNothingPending(first, gadgets));
		CompletableFuture<Void> woken = CompletableFuture.runAsync(() -> {
			gadgets.forEach((gadget) -> second.wakeUp(GADGETS, gadget));
			second.relayWoken();
			relayUntilNothingPending(second, gadgets);
		});
		CompletableFuture.allOf(periodic, woken).join();

		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(), OutboxRelayTests.TOPIC)) {
			reader.await((record) -> gadgets.contains(record.key()), eventIds.size(), Duration.ofSeconds(60));
			Map<String, Long> sends = reader.readFor(Duration.ofSeconds(2))
				.stream()
				.filter((record) -> gadgets.contains(record.key()))
				.collect(Collectors.groupingBy(OutboxRelayInstancesTests::eventId, Collectors.counting()));
			assertThat(sends).as("each event once").hasSize(eventIds.size()).containsOnlyKeys(eventIds);
			assertThat(sends.values()).containsOnly(1L);
		}
	}

	@Test
	void anInstanceThatStopsHandsItsCollectionOverAtOnce(LocalStack stack) {
		OutboxRelay first = instance("first");
		OutboxRelay second = instance("second");
		first.relayPending();
		String gadget = UUID.randomUUID().toString();
		this.mongo.insert(new OutboxRelayTests.Thing(gadget, List.of(entry(gadget))), GADGETS);

		assertThat(second.relayPending()).as("while the first holds the lease").isZero();
		first.stop();

		assertThat(second.relayPending()).isEqualTo(1);
	}

	@Test
	void aLeaseIsTakenOverOnlyOnceItExpiredAndOnlyItsOwnerReleasesIt() {
		String collection = UUID.randomUUID().toString();
		Instant taken = Instant.parse("2026-12-01T03:00:00Z");

		assertThat(lease("first", taken).hold(collection)).isTrue();
		assertThat(lease("second", taken.plusSeconds(59)).hold(collection)).as("still held").isFalse();
		assertThat(lease("second", taken.plus(LEASE)).hold(collection)).as("expired").isTrue();
		assertThat(lease("first", taken.plus(LEASE).plusSeconds(1)).hold(collection)).as("lost").isFalse();

		lease("first", taken.plus(LEASE)).release(List.of(collection));
		assertThat(lease("third", taken.plus(LEASE).plusSeconds(1)).hold(collection)).isFalse();
		lease("second", taken.plus(LEASE)).release(List.of(collection));
		assertThat(lease("third", taken.plus(LEASE).plusSeconds(1)).hold(collection)).isTrue();
	}

	private void relayUntilNothingPending(OutboxRelay relay, List<String> gadgets) {
		Query pending = Query
			.query(Criteria.where("_id").in(gadgets).and("outbox").elemMatch(Criteria.where("sentAt").is(null)));
		while (this.mongo.exists(pending, GADGETS)) {
			relay.relayPending();
		}
	}

	private OutboxRelay instance(String name) {
		OutboxSender sender = OutboxSender.fromBinderSettings(Binder.get(this.environment), new BinderHeaderMapper(),
				this.tracing, ObservationRegistry.NOOP);
		this.senders.add(sender);
		OutboxPass pass = new OutboxPass(sender, new OutboxMarks(this.mongo, Clock.systemUTC(), 3), this.meters,
				LEASE.dividedBy(3));
		OutboxRelay relay = new OutboxRelay(this.mongo, pass, lease(name, null),
				List.of(new OutboxSource(GADGETS, "things-out-0")), Duration.ofHours(1),
				(binding) -> OutboxRelayTests.TOPIC);
		this.relays.add(relay);
		return relay;
	}

	private OutboxLease lease(String owner, Instant at) {
		Clock clock = (at != null) ? Clock.fixed(at, ZoneOffset.UTC) : Clock.systemUTC();
		return new OutboxLease(this.mongo, clock, LEASE, owner + "-" + getClass().getSimpleName());
	}

	private OutboxEntry entry(String gadget) {
		return this.events.pending(Map.of("gadget", gadget), new EventMetadata(UUID.randomUUID().toString(),
				"/outbox-instances-tests", "vn.mttq.giamsat.test.GadgetChanged.v1", Instant.now(), gadget));
	}

	private static String eventId(ConsumerRecord<?, ?> record) {
		return TopicReader.header(record, CloudEventHeaders.ID);
	}

}
