package vn.mttq.giamsat.recommendation.tracking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.PoisonRecords;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WithLocalStack
@SpringBootTest
class RecommendationIssuedConsumerTests {

	static final String DEAD_LETTERS = "supervision.recommendations.recommendation-service.dlt";

	@Autowired
	RecommendationRepository recommendations;

	@Autowired
	MeterRegistry meters;

	@Test
	void tracksTheGoldenEventAsAwaitingResponse(LocalStack stack) {
		String id = UUID.randomUUID().toString();

		send(stack, GoldenEvent.issued(id, UUID.randomUUID().toString()));

		TrackedRecommendation tracked = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.recommendations.findById(id), (found) -> found.isPresent())
			.orElseThrow();
		assertThat(tracked.status()).isEqualTo(RecommendationStatus.AWAITING_RESPONSE);
		assertThat(tracked.addresseeAgencyId()).isEqualTo("so-nong-nghiep-dien-bien");
		assertThat(tracked.dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
		assertThat(tracked.history()).singleElement()
			.satisfies((entry) -> assertThat(entry.status()).isEqualTo(RecommendationStatus.AWAITING_RESPONSE));
	}

	@Test
	void readsARecordWhoseProducerWroteContentTypeAsPlainBytes(LocalStack stack) {
		String id = UUID.randomUUID().toString();
		GoldenEvent event = GoldenEvent.issued(id, UUID.randomUUID().toString());
		java.util.Map<String, String> headers = new java.util.HashMap<>(event.headers());
		headers.put("contentType", "application/json");

		TopicWriter.send(stack.kafka().bootstrapServers(), Topics.SUPERVISION_RECOMMENDATIONS, id, event.json(),
				headers);

		await().atMost(Duration.ofSeconds(30)).until(() -> this.recommendations.findById(id).isPresent());
	}

	@Test
	void aRedeliveredEventChangesNothing(LocalStack stack) {
		String id = UUID.randomUUID().toString();
		GoldenEvent event = GoldenEvent.issued(id, UUID.randomUUID().toString());
		double redeliveredBefore = this.meters.counter("recommendation.issued.redelivered").count();

		send(stack, event);
		send(stack, event);
		send(stack, event);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.meters.counter("recommendation.issued.redelivered").count() == redeliveredBefore + 2);
		TrackedRecommendation tracked = this.recommendations.findById(id).orElseThrow();
		assertThat(tracked.history()).hasSize(1);
	}

	@Test
	void poisonRecordsGoToTheDeadLetterTopicWithTheirReasonAndTheConsumerGoesOn(LocalStack stack) {
		String key = UUID.randomUUID().toString();
		GoldenEvent good = GoldenEvent.issued(key, UUID.randomUUID().toString());

		PoisonRecords.sendAll(stack.kafka().bootstrapServers(), Topics.SUPERVISION_RECOMMENDATIONS, key, good.json(),
				good.headers());
		send(stack, good);

		await().atMost(Duration.ofSeconds(60)).until(() -> this.recommendations.findById(key).isPresent());
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(), DEAD_LETTERS)) {
			List<ConsumerRecord<String, byte[]>> dead = reader.await((record) -> key.equals(record.key()),
					PoisonRecords.COUNT, Duration.ofSeconds(30));
			assertThat(dead).extracting((record) -> TopicReader.header(record, "x-exception-message"))
				.anySatisfy((reason) -> assertThat(reason).contains("unreadable RecommendationIssued"))
				.anySatisfy((reason) -> assertThat(reason).contains("unsupported event type"))
				.anySatisfy((reason) -> assertThat(reason).contains("missing required field 'eventId'"))
				.anySatisfy((reason) -> assertThat(reason).contains("missing header ce_type"));
		}
	}

	private static void send(LocalStack stack, GoldenEvent event) {
		TopicWriter.send(stack.kafka().bootstrapServers(), Topics.SUPERVISION_RECOMMENDATIONS, event.key(),
				event.json(), event.headers());
	}

	/**
	 * The golden sample with its ids replaced, so each test works on its own
	 * recommendation.
	 */
	record GoldenEvent(String key, String json, java.util.Map<String, String> headers) {

		static GoldenEvent issued(String recommendationId, String eventId) {
			String json = ContractSamples.json("supervision/RecommendationIssued.v1")
				.replace("2b8e4d7c-6a1f-4e0b-8c3d-9f5a1e2d4c60", recommendationId)
				.replace("5f0c7a52-3d0e-4a57-9a39-1d3f0b6f2a10", eventId);
			return new GoldenEvent(recommendationId, json, ContractSamples.headers(RecommendationIssued.TYPE,
					RecommendationIssued.SOURCE, eventId, recommendationId));
		}

	}

}
