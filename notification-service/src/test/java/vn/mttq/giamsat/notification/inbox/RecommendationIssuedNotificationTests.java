package vn.mttq.giamsat.notification.inbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
class RecommendationIssuedNotificationTests {

	static final String DEAD_LETTERS = "supervision.recommendations.notification-service.dlt";

	@LocalServerPort
	int port;

	LocalIssuer issuer;

	@BeforeEach
	void issuer(LocalIssuer issuer) {
		this.issuer = issuer;
	}

	@Test
	void putsTheGoldenEventIntoTheAddresseesInboxInVietnamese(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();
		Golden event = Golden.issued(agency);

		send(stack, event);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> inboxOf(agency).expectBody()
				.jsonPath("$.totalElements")
				.isEqualTo(1)
				.jsonPath("$.content[0].title")
				.isEqualTo("Kiến nghị mới theo văn bản số 125/KN-MTTQ-BTT")
				.jsonPath("$.content[0].body")
				.<String>value((body) -> assertThat(body).contains("Hạn trả lời: 04/05/2026."))
				.jsonPath("$.content[0].recommendationId")
				.isEqualTo(event.key())
				.jsonPath("$.content[0].readAt")
				.isEmpty());
	}

	@Test
	void aRedeliveredEventMakesNoSecondNotification(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();
		Golden event = Golden.issued(agency);
		Golden later = Golden.issued(agency, event.key());

		send(stack, event);
		send(stack, event);
		send(stack, later);

		// The later event has the same key, so it is consumed after both copies of the
		// first.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> inboxOf(agency).expectBody().jsonPath("$.totalElements").isEqualTo(2));
	}

	@Test
	void poisonRecordsGoToTheDeadLetterTopicAndTheConsumerGoesOn(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();
		Golden good = Golden.issued(agency);

		PoisonRecords.sendAll(stack.kafka().bootstrapServers(), Topics.SUPERVISION_RECOMMENDATIONS, good.key(),
				good.json(), good.headers());
		send(stack, good);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> inboxOf(agency).expectBody().jsonPath("$.totalElements").isEqualTo(1));
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(), DEAD_LETTERS)) {
			List<ConsumerRecord<String, byte[]>> dead = reader.await((record) -> good.key().equals(record.key()),
					PoisonRecords.COUNT, Duration.ofSeconds(30));
			assertThat(dead)
				.allSatisfy((record) -> assertThat(TopicReader.header(record, "x-exception-message")).isNotBlank());
		}
	}

	@Test
	void namesAnUnreadableUnreadFilter() {
		as("so-x").get()
			.uri("/api/v1/organisations/{org}/notifications?unread=maybe", "so-x")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("unread");
	}

	@Test
	void hidesAnotherOrganisationsInboxAsNotFound() {
		as("so-khac").get()
			.uri("/api/v1/organisations/{org}/notifications", "so-x")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private RestTestClient.ResponseSpec inboxOf(String agency) {
		return as(agency).get().uri("/api/v1/organisations/{org}/notifications", agency).exchange();
	}

	private RestTestClient as(String agency) {
		return Callers.as(this.port, this.issuer, agency, "AGENCY_OFFICER");
	}

	private static void send(LocalStack stack, Golden event) {
		TopicWriter.send(stack.kafka().bootstrapServers(), Topics.SUPERVISION_RECOMMENDATIONS, event.key(),
				event.json(), event.headers());
	}

	/**
	 * The golden sample addressed to a test's own agency.
	 */
	record Golden(String key, String json, Map<String, String> headers) {

		static Golden issued(String agency) {
			return issued(agency, UUID.randomUUID().toString());
		}

		static Golden issued(String agency, String recommendationId) {
			String eventId = UUID.randomUUID().toString();
			String json = ContractSamples.json("supervision/RecommendationIssued.v1")
				.replace("so-nong-nghiep-dien-bien", agency)
				.replace("2b8e4d7c-6a1f-4e0b-8c3d-9f5a1e2d4c60", recommendationId)
				.replace("5f0c7a52-3d0e-4a57-9a39-1d3f0b6f2a10", eventId);
			return new Golden(recommendationId, json, ContractSamples.headers(RecommendationIssued.TYPE,
					RecommendationIssued.SOURCE, eventId, recommendationId));
		}

	}

}
