package vn.mttq.giamsat.recommendation.tracking;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.events.recommendation.Transition;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.messaging.EventBatch;
import vn.mttq.giamsat.support.messaging.MongoCommands;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll's receipts are recorded together: one read of their items, each receipt applied
 * in order to its item, one bulk write of the items changed. An item someone else changed
 * between the read and the write is recorded alone on its new state, and a batch
 * delivered again writes nothing.
 */
@WithLocalStack
@SpringBootTest
@Import({ MongoCommands.Listening.class, ReceiptBatchTests.Announced.class })
class ReceiptBatchTests {

	private static final Logger log = LoggerFactory.getLogger(ReceiptBatchTests.class);

	private static final LocalDate ISSUED_ON = LocalDate.of(2026, 9, 7);

	@Autowired
	@Qualifier("deliveryRecorded")
	Consumer<Message<List<byte[]>>> consumer;

	@Autowired
	RecommendationTracking tracking;

	@Autowired
	RecommendationStore store;

	@Autowired
	AddresseeReceipts receipts;

	@Autowired
	MongoCommands commands;

	@Autowired
	Announced announced;

	@Autowired
	MongoTemplate mongo;

	@Test
	void aBatchOfReceiptsForTwentyItemsIsRecordedWithOneReadAndOneBulkWrite() {
		List<String> batched = tracked(20);
		List<String> oneByOne = tracked(20);

		List<String> sent = this.commands
			.during(() -> this.consumer.accept(deliveries(batched, ISSUED_ON.plusDays(2))));
		List<String> sentOneByOne = new ArrayList<>();
		oneByOne.forEach((id) -> sentOneByOne
			.addAll(this.commands.during(() -> this.consumer.accept(deliveries(List.of(id), ISSUED_ON.plusDays(2))))));

		log.info("Receipts for {} items sent {} database commands in one batch {}; one per batch they sent {}",
				batched.size(), sent.size(), sent, sentOneByOne.size());
		assertThat(sent).containsExactly("find recommendations", "update recommendations");
		assertThat(batched).allSatisfy((id) -> {
			assertThat(this.store.find(id).orElseThrow().reply().deliveredOn()).isEqualTo(ISSUED_ON.plusDays(2));
			assertThat(transitions(id)).containsExactly("TRACKED", "RECEIVED");
			assertThat(this.announced.receivedSteps(id)).isEqualTo(1);
		});
	}

	@Test
	void twoReceiptsForOneItemInABatchRecordTheEarliestWithOneLifecycleEvent() {
		String id = tracked(1).get(0);

		assertThat(this.receipts.receiveAll(List.of(receipt(id, ISSUED_ON.plusDays(2)),
				receipt(id, ISSUED_ON.plusDays(3)), receipt(id, ISSUED_ON.plusDays(2)))))
			.containsExactly(true, false, false);

		assertThat(this.store.find(id).orElseThrow().reply().deliveredOn()).isEqualTo(ISSUED_ON.plusDays(2));
		assertThat(transitions(id)).containsExactly("TRACKED", "RECEIVED");
		assertThat(outbox(id)).hasSize(2);
		assertThat(this.announced.receivedSteps(id)).isEqualTo(1);
	}

	@Test
	void anItemChangedBetweenTheReadAndTheBulkWriteIsRecordedAloneOnItsNewState() {
		List<String> ids = tracked(3);
		String changed = ids.get(1);
		this.commands.beforeNext("update recommendations",
				() -> this.mongo.updateFirst(Query.query(Criteria.where("_id").is(changed)),
						new Update().inc("version", 1), RecommendationStore.COLLECTION));

		List<Boolean> outcomes = new ArrayList<>();
		List<String> sent = this.commands.during(() -> outcomes
			.addAll(this.receipts.receiveAll(ids.stream().map((id) -> receipt(id, ISSUED_ON.plusDays(2))).toList())));

		assertThat(outcomes).containsExactly(true, true, true);
		assertThat(sent).as("the batch's read and write, the read of what it wrote, then the changed item alone")
			.containsExactly("find recommendations", "update recommendations", "find recommendations",
					"find recommendations", "update recommendations");
		assertThat(ids).allSatisfy((id) -> {
			assertThat(transitions(id)).containsExactly("TRACKED", "RECEIVED");
			assertThat(outbox(id)).hasSize(2);
			assertThat(this.announced.receivedSteps(id)).isEqualTo(1);
		});
		assertThat(version(changed)).as("bumped by the other writer, then written once").isEqualTo(2L);
		assertThat(version(ids.get(0))).isEqualTo(1L);
	}

	@Test
	void aBatchDeliveredAgainWritesNothing() {
		List<String> ids = tracked(5);
		Message<List<byte[]>> batch = deliveries(ids, ISSUED_ON.plusDays(2));
		this.consumer.accept(batch);
		Map<String, Long> versions = new ConcurrentHashMap<>();
		ids.forEach((id) -> versions.put(id, version(id)));

		List<String> sent = this.commands.during(() -> this.consumer.accept(batch));

		assertThat(sent).containsExactly("find recommendations");
		assertThat(ids).allSatisfy((id) -> {
			assertThat(version(id)).isEqualTo(versions.get(id));
			assertThat(outbox(id)).hasSize(2);
			assertThat(transitions(id)).containsExactly("TRACKED", "RECEIVED");
			assertThat(this.announced.receivedSteps(id)).isEqualTo(1);
		});
	}

	private List<String> tracked(int count) {
		List<String> ids = new ArrayList<>();
		List<RecommendationIssued> issued = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(UUID.randomUUID().toString());
			issued.add(new RecommendationIssued(UUID.randomUUID().toString(),
					ISSUED_ON.atStartOfDay().toInstant(ZoneOffset.UTC), ids.get(i), "letter-b", "7/KN-MTTQ",
					"activity-b", "ubmttq-tinh-dien-bien", "so-nhan", "Báo cáo", ISSUED_ON, null));
		}
		this.tracking.trackAll(issued);
		return ids;
	}

	private List<String> transitions(String id) {
		return this.store.find(id).orElseThrow().history().stream().map(HistoryEntry::transition).toList();
	}

	private List<Document> outbox(String id) {
		return document(id).getList("outbox", Document.class);
	}

	private long version(String id) {
		return document(id).getLong("version");
	}

	private Document document(String id) {
		return this.mongo.findById(id, Document.class, RecommendationStore.COLLECTION);
	}

	private static Receipt receipt(String id, LocalDate on) {
		return new Receipt(id, on, "EMAIL delivered", UUID.randomUUID().toString(),
				on.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)));
	}

	private static Message<List<byte[]>> deliveries(List<String> ids, LocalDate on) {
		return EventBatch.message(ids.stream().map((id) -> delivery(id, on)).toList());
	}

	private static Message<byte[]> delivery(String id, LocalDate on) {
		String eventId = UUID.randomUUID().toString();
		String notificationId = "n-" + id;
		String json = ContractSamples.json("notification/DeliveryRecorded.v1")
			.replace("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", eventId)
			.replace("2026-04-02T03:15:04Z", on.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)).toString())
			.replace("2b8e4d7c-6a1f-4e0b-8c3d-9f5a1e2d4c60", id);
		return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8))
			.copyHeaders(
					ContractSamples.headers(DeliveryRecorded.TYPE, DeliveryRecorded.SOURCE, eventId, notificationId))
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, Topics.NOTIFICATION_DELIVERIES)
			.setHeader(KafkaHeaders.RECEIVED_KEY, notificationId)
			.build();
	}

	/**
	 * Counts the receipts announced as written, per item.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Announced {

		private final Map<String, Integer> received = new ConcurrentHashMap<>();

		@EventListener
		void written(StepsWritten written) {
			long steps = written.steps().stream().filter((step) -> step.is(Transition.RECEIVED)).count();
			this.received.merge(written.recommendation().id(), (int) steps, Integer::sum);
		}

		int receivedSteps(String id) {
			return this.received.getOrDefault(id, 0);
		}

	}

}
