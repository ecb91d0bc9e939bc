package vn.mttq.giamsat.recommendation.tracking.messaging;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.tracking.Consumption;
import vn.mttq.giamsat.recommendation.tracking.HistoryEntry;
import vn.mttq.giamsat.recommendation.tracking.RecommendationStore;
import vn.mttq.giamsat.recommendation.tracking.RecommendationTracking;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The addressee's receipt arriving from {@code notification.deliveries}: a deadline
 * counted from receipt starts there. The item is notified from its {@code TRACKED} step,
 * so a receipt for an item not tracked has nothing to apply.
 */
@WithLocalStack
@SpringBootTest
class ReceiptTests {

	private static final LocalDate ISSUED_ON = LocalDate.of(2026, 9, 7);

	@Autowired
	RecommendationTracking tracking;

	@Autowired
	RecommendationStore store;

	@Autowired
	Receipts receipts;

	@Autowired
	PendingReceiptsCleanup cleanup;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MeterRegistry meters;

	@Test
	void theAddresseesDeliveryStartsTheCountOnce(LocalStack stack) {
		String id = UUID.randomUUID().toString();
		this.tracking.track(issued(id));
		assertThat(this.store.find(id).orElseThrow().deadline().dueDateExplanation().provisional()).isTrue();

		String delivered = UUID.randomUUID().toString();
		send(stack, delivery(id, delivered, "ADDRESSEE", "DELIVERED", ISSUED_ON.plusDays(2)));
		send(stack, delivery(id, delivered, "ADDRESSEE", "DELIVERED", ISSUED_ON.plusDays(2)));
		send(stack, delivery(id, UUID.randomUUID().toString(), "ADDRESSEE", "READ", ISSUED_ON.plusDays(3)));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.store.find(id).orElseThrow().reply().deliveredOn() != null);
		Consumption.awaitAllConsumed(stack.kafka().bootstrapServers(), "recommendation-service",
				Topics.NOTIFICATION_DELIVERIES);
		TrackedRecommendation received = this.store.find(id).orElseThrow();
		assertThat(received.reply().deliveredOn()).isEqualTo(ISSUED_ON.plusDays(2));
		assertThat(received.deadline().dueDateExplanation().provisional()).isFalse();
		assertThat(received.deadline().dueDateExplanation().start()).isEqualTo(ISSUED_ON.plusDays(2));
		assertThat(received.history()).extracting(HistoryEntry::transition).containsExactly("TRACKED", "RECEIVED");
	}

	@Test
	void aCopysDeliveryAndAFailedAttemptAreNoReceipt() {
		String id = UUID.randomUUID().toString();
		this.tracking.track(issued(id));

		assertThat(this.receipts.receive(delivery(id, "c-1", "COPY", "DELIVERED", ISSUED_ON.plusDays(1)))).isFalse();
		assertThat(this.receipts.receive(delivery(id, "f-1", "ADDRESSEE", "FAILED", ISSUED_ON.plusDays(1)))).isFalse();

		assertThat(this.store.find(id).orElseThrow().reply().deliveredOn()).isNull();
	}

	@Test
	void aReceiptForAnItemNotTrackedChangesNothingAndIsNotDeadLettered(LocalStack stack) {
		String id = UUID.randomUUID().toString();
		String eventId = UUID.randomUUID().toString();
		double before = duplicates();

		try (TopicReader dead = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				"notification.deliveries.recommendation-service.dlt")) {
			send(stack, delivery(id, eventId, "ADDRESSEE", "DELIVERED", ISSUED_ON.plusDays(1)));

			Consumption.awaitAllConsumed(stack.kafka().bootstrapServers(), "recommendation-service",
					Topics.NOTIFICATION_DELIVERIES);
			assertThat(duplicates()).as("counted as changing nothing").isGreaterThan(before);
			assertThat(dead.readFor(Duration.ofSeconds(1))).noneMatch((record) -> ("n-" + id).equals(record.key()));
		}
		assertThat(this.store.find(id)).isEmpty();
		this.tracking.track(issued(id));
		assertThat(this.store.find(id).orElseThrow().reply().deliveredOn()).isNull();
	}

	@Test
	void aBatchRecordsOnlyTheReceiptsThatAddSomething() {
		String received = UUID.randomUUID().toString();
		String unreceived = UUID.randomUUID().toString();
		this.tracking.track(issued(received));
		this.tracking.track(issued(unreceived));
		this.receipts.receive(delivery(received, "first", "ADDRESSEE", "DELIVERED", ISSUED_ON.plusDays(1)));

		assertThat(
				this.receipts.receiveAll(
						List.of(delivery(received, "later", "ADDRESSEE", "READ", ISSUED_ON.plusDays(2)),
								delivery(unreceived, "copy", "COPY", "DELIVERED", ISSUED_ON.plusDays(1)),
								delivery(unreceived, "own", "ADDRESSEE", "DELIVERED", ISSUED_ON.plusDays(3)),
								delivery(unreceived, "again", "ADDRESSEE", "READ", ISSUED_ON.plusDays(4)), delivery(
										UUID.randomUUID().toString(), "unknown", "ADDRESSEE", "DELIVERED", ISSUED_ON))))
			.containsExactly(false, false, true, false, false);
		assertThat(this.store.find(received).orElseThrow().reply().deliveredOn()).isEqualTo(ISSUED_ON.plusDays(1));
		assertThat(this.store.find(unreceived).orElseThrow().reply().deliveredOn()).isEqualTo(ISSUED_ON.plusDays(3));
	}

	@Test
	void theCollectionOfReceiptsHeldForUntrackedItemsIsDroppedAndDroppingAgainChangesNothing() {
		this.mongo.insert(new Document("_id", "held").append("receivedOn", "2026-09-08"),
				PendingReceiptsCleanup.COLLECTION);

		this.cleanup.drop();
		this.cleanup.drop();

		assertThat(this.mongo.collectionExists(PendingReceiptsCleanup.COLLECTION)).isFalse();
	}

	private double duplicates() {
		return this.meters
			.counter(ConsumedEvents.METER, "topic", Topics.NOTIFICATION_DELIVERIES, "outcome", "duplicate")
			.count();
	}

	private static RecommendationIssued issued(String id) {
		return new RecommendationIssued(UUID.randomUUID().toString(),
				ISSUED_ON.atStartOfDay().toInstant(ZoneOffset.UTC), id, "letter-r", "4/KN-MTTQ", "activity-r",
				"ubmttq-tinh-dien-bien", "so-nhan", "Báo cáo", ISSUED_ON, null);
	}

	private static DeliveryRecorded delivery(String id, String eventId, String role, String outcome, LocalDate on) {
		return new DeliveryRecorded(eventId, on.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)), "n-" + id,
				UUID.randomUUID().toString(), RecommendationIssued.TYPE, id, "so-nhan", role, "EMAIL", 1, outcome,
				null);
	}

	private static void send(LocalStack stack, DeliveryRecorded delivery) {
		String json = ContractSamples.json("notification/DeliveryRecorded.v1")
			.replace("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", delivery.eventId())
			.replace("2026-04-02T03:15:04Z", delivery.occurredAt().toString())
			.replace("2b8e4d7c-6a1f-4e0b-8c3d-9f5a1e2d4c60", delivery.recommendationId())
			.replace("\"DELIVERED\"", "\"" + delivery.outcome() + "\"");
		TopicWriter.send(stack.kafka().bootstrapServers(), Topics.NOTIFICATION_DELIVERIES, delivery.notificationId(),
				json, ContractSamples.headers(DeliveryRecorded.TYPE, DeliveryRecorded.SOURCE, delivery.eventId(),
						delivery.notificationId()));
	}

}
