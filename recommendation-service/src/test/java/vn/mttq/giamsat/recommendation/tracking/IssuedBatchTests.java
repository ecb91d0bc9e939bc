package vn.mttq.giamsat.recommendation.tracking;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.tracking.RecommendationIssuedConsumerTests.GoldenEvent;
import vn.mttq.giamsat.support.deadletter.DeadLetter;
import vn.mttq.giamsat.support.messaging.EventBatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * {@code supervision.recommendations} a poll at a time: the issued items of a batch are
 * tracked together, a poison record among them is reported alone, and the events of one
 * item apply in their order.
 */
@WithLocalStack
@SpringBootTest
class IssuedBatchTests {

	@Autowired
	@Qualifier("recommendationIssued")
	Consumer<Message<List<byte[]>>> consumer;

	@Autowired
	RecommendationRepository recommendations;

	@Autowired
	MongoTemplate mongo;

	@Test
	void aPoisonRecordInTheMiddleIsReportedAloneAndRedeliveringTheBatchChangesNothing() {
		List<String> ids = List.of(id(), id(), id(), id());
		List<Message<byte[]>> records = new ArrayList<>();
		ids.subList(0, 2).forEach((id) -> records.add(issued(id)));
		records.add(record(ids.get(1), "{ not json", GoldenEvent.issued(ids.get(1), id()).headers()));
		ids.subList(2, 4).forEach((id) -> records.add(issued(id)));
		Message<List<byte[]>> batch = EventBatch.message(records);

		assertThatExceptionOfType(BatchListenerFailedException.class).isThrownBy(() -> this.consumer.accept(batch))
			.satisfies((failed) -> assertThat(failed.getIndex()).isEqualTo(2))
			.withMessageContaining("unreadable RecommendationIssued");
		assertThat(ids).map((id) -> this.recommendations.findById(id).isPresent())
			.containsExactly(true, true, false, false);
		// The container commits the records before the poison one, dead-letters it and
		// delivers the ones after it again.
		this.consumer.accept(EventBatch.message(records.subList(3, 5)));
		assertThatExceptionOfType(BatchListenerFailedException.class).isThrownBy(() -> this.consumer.accept(batch))
			.satisfies((failed) -> assertThat(failed.getIndex()).isEqualTo(2));
		this.consumer.accept(EventBatch.message(records.subList(3, 5)));

		assertThat(ids).allSatisfy((id) -> assertThat(this.recommendations.findById(id).orElseThrow().history())
			.extracting(HistoryEntry::transition)
			.containsExactly("TRACKED"));
	}

	@Test
	void aWithdrawalAfterItsIssueInTheSameBatchEndsWithdrawn() {
		String withdrawn = id();
		String kept = id();

		this.consumer.accept(EventBatch.message(
				List.of(issued(withdrawn), issued(kept), withdrawal(withdrawn), issued(kept), withdrawal(withdrawn))));

		TrackedRecommendation closed = this.recommendations.findById(withdrawn).orElseThrow();
		assertThat(closed.status()).isEqualTo(RecommendationStatus.CLOSED);
		assertThat(closed.closure()).isEqualTo(Closure.WITHDRAWN);
		assertThat(closed.history()).extracting(HistoryEntry::transition).containsExactly("TRACKED", "CLOSED");
		assertThat(this.recommendations.findById(kept).orElseThrow().history()).hasSize(1);
	}

	@Test
	void throughTheBrokerOnlyThePoisonRecordIsDeadLetteredWithItsReason(LocalStack stack) {
		String key = id();
		String other = id();
		GoldenEvent first = GoldenEvent.issued(key, id());
		GoldenEvent second = GoldenEvent.issued(other, id());
		String bootstrap = stack.kafka().bootstrapServers();

		TopicWriter.send(bootstrap, Topics.SUPERVISION_RECOMMENDATIONS, key, first.json(), first.headers());
		TopicWriter.send(bootstrap, Topics.SUPERVISION_RECOMMENDATIONS, key, "{ not json", first.headers());
		TopicWriter.send(bootstrap, Topics.SUPERVISION_RECOMMENDATIONS, key, second.json(), second.headers());

		await().atMost(Duration.ofSeconds(60)).until(() -> deadLettersOf(key).size() == 1);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.recommendations.existsById(key) && this.recommendations.existsById(other));
		Consumption.awaitAllConsumed(bootstrap, "recommendation-service", Topics.SUPERVISION_RECOMMENDATIONS);
		assertThat(deadLettersOf(key)).singleElement()
			.satisfies((dead) -> assertThat(dead.reason()).contains("unreadable RecommendationIssued"))
			.satisfies((dead) -> assertThat(dead.payload()).isEqualTo("{ not json"));
		assertThat(List.of(key, other))
			.allSatisfy((id) -> assertThat(this.recommendations.findById(id).orElseThrow().history()).hasSize(1));
	}

	private List<DeadLetter> deadLettersOf(String key) {
		return this.mongo.find(
				Query.query(Criteria.where("key").is(key).and("originalTopic").is(Topics.SUPERVISION_RECOMMENDATIONS)),
				DeadLetter.class);
	}

	private static String id() {
		return UUID.randomUUID().toString();
	}

	private static Message<byte[]> issued(String id) {
		GoldenEvent event = GoldenEvent.issued(id, id());
		return record(id, event.json(), event.headers());
	}

	private static Message<byte[]> withdrawal(String id) {
		String eventId = id();
		String json = ContractSamples.json("supervision/RecommendationWithdrawn.v1")
			.replace("2b8e4d7c-6a1f-4e0b-8c3d-9f5a1e2d4c60", id)
			.replace("7c3a1e90-2b4d-4f6a-8e1c-0d9b8a7f6e51", eventId);
		return record(id, json,
				ContractSamples.headers(RecommendationWithdrawn.TYPE, RecommendationWithdrawn.SOURCE, eventId, id));
	}

	private static Message<byte[]> record(String key, String json, Map<String, String> headers) {
		return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8))
			.copyHeaders(headers)
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, Topics.SUPERVISION_RECOMMENDATIONS)
			.setHeader(KafkaHeaders.RECEIVED_KEY, key)
			.build();
	}

}
