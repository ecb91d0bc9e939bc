package vn.mttq.giamsat.recommendation.tracking;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.PoisonRecords;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadLetterOperationsTests {

	static final String DEAD_LETTERS = "supervision.recommendations.recommendation-service.dlt";

	static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	@LocalServerPort
	int port;

	@Autowired
	RecommendationRepository recommendations;

	@Autowired
	MeterRegistry meters;

	RestTestClient admin;

	@BeforeEach
	void admin(LocalIssuer issuer) {
		this.admin = Callers.as(this.port, issuer, "ubmttq-tinh", "ADMIN");
	}

	@Test
	void listsEachRejectedRecordWithItsReason(LocalStack stack) {
		String key = UUID.randomUUID().toString();
		String json = golden(key);

		PoisonRecords.sendAll(stack.kafka().bootstrapServers(), Topics.SUPERVISION_RECOMMENDATIONS, key, json,
				headers(key));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(reasonsOf(key)).hasSize(PoisonRecords.COUNT)
				.anySatisfy((reason) -> assertThat(reason).contains("unsupported event type"))
				.anySatisfy((reason) -> assertThat(reason).contains("missing required field 'eventId'"))
				.anySatisfy((reason) -> assertThat(reason).contains("unreadable RecommendationIssued"))
				.anySatisfy((reason) -> assertThat(reason).contains("missing header ce_type")));
		assertThat(this.recommendations.findById(key)).isEmpty();
		// Counted soon after each record is kept, not when read.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.meters.get("deadletters.pending").gauge().value())
				.isGreaterThanOrEqualTo(PoisonRecords.COUNT));
	}

	@Test
	void replaysARecordToItsOriginalTopicWhereItIsAppliedOnce(LocalStack stack) {
		String key = UUID.randomUUID().toString();
		Map<String, String> headers = new HashMap<>(headers(key));
		headers.put("x-original-topic", Topics.SUPERVISION_RECOMMENDATIONS);
		headers.put("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
		headers.put("x-exception-message", "simulated: the database schema was wrong at the time");
		// A good record rejected in the past, for a reason that has since been fixed.
		TopicWriter.send(stack.kafka().bootstrapServers(), DEAD_LETTERS, key, golden(key), headers);
		String id = await().atMost(Duration.ofSeconds(30)).until(() -> idOf(key), (found) -> found != null);

		this.admin.post().uri("/api/v1/dead-letters/{id}/replay", id).exchange().expectStatus().isOk();
		this.admin.post().uri("/api/v1/dead-letters/{id}/replay", id).exchange().expectStatus().isOk();

		await().atMost(Duration.ofSeconds(30)).until(() -> this.recommendations.findById(key).isPresent());
		assertThat(this.recommendations.findById(key).orElseThrow().history()).hasSize(1);
		try (TopicReader replayed = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.SUPERVISION_RECOMMENDATIONS)) {
			assertThat(replayed.await((record) -> key.equals(record.key()), 2, Duration.ofSeconds(30)))
				.as("each replay goes on in the trace of the record that was rejected")
				.allSatisfy((record) -> assertThat(TopicReader.header(record, "traceparent"))
					.startsWith("00-" + TRACE_ID + "-"));
		}
		this.admin.get()
			.uri("/api/v1/dead-letters/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.replays")
			.isEqualTo(2)
			.jsonPath("$.replayedAt")
			.isNotEmpty()
			.jsonPath("$.headers.traceparent")
			.isEqualTo("00-" + TRACE_ID + "-00f067aa0ba902b7-01");
	}

	@Test
	void answersNotFoundForAnUnknownDeadLetter() {
		this.admin.post().uri("/api/v1/dead-letters/{id}/replay", "no-such").exchange().expectStatus().isNotFound();
	}

	private List<String> reasonsOf(String key) {
		return deadLettersOf(key).stream().map((letter) -> (String) letter.get("reason")).toList();
	}

	private String idOf(String key) {
		return deadLettersOf(key).stream().map((letter) -> (String) letter.get("id")).findFirst().orElse(null);
	}

	private List<Map<?, ?>> deadLettersOf(String key) {
		Map<?, ?> page = this.admin.get()
			.uri("/api/v1/dead-letters?size=200")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((List<?>) page.get("content")).stream()
			.<Map<?, ?>>map((letter) -> (Map<?, ?>) letter)
			.filter((letter) -> key.equals(letter.get("key")))
			.toList();
	}

	private static String golden(String recommendationId) {
		return ContractSamples.json("supervision/RecommendationIssued.v1")
			.replace("2b8e4d7c-6a1f-4e0b-8c3d-9f5a1e2d4c60", recommendationId)
			.replace("5f0c7a52-3d0e-4a57-9a39-1d3f0b6f2a10", "event-" + recommendationId);
	}

	private static Map<String, String> headers(String key) {
		return ContractSamples.headers(RecommendationIssued.TYPE, RecommendationIssued.SOURCE, "event-" + key, key);
	}

}
