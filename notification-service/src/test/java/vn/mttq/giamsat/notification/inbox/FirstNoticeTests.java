package vn.mttq.giamsat.notification.inbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.PoisonRecords;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.support.Events;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.awaitility.Awaitility.await;

/**
 * The first notice of a new item goes out from its {@code TRACKED} step, which carries
 * the due date recommendation-service computed and how: the addressee is told when to
 * answer by. supervision-service's {@code RecommendationIssued} tells nobody by itself.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstNoticeTests {

	static final String DEAD_LETTERS = "recommendation.lifecycle.notification-service.dlt";

	@LocalServerPort
	int port;

	LocalIssuer issuer;

	@BeforeEach
	void issuer(LocalIssuer issuer) {
		this.issuer = issuer;
	}

	@Test
	void tellsTheAddresseeInVietnameseWhenToAnswerByAndHowTheDateWasComputed(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();
		String id = UUID.randomUUID().toString();
		Events tracked = tracked(agency, id);

		tracked.sendTo(stack.kafka().bootstrapServers());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> inboxOf(agency).expectBody()
				.jsonPath("$.totalElements")
				.isEqualTo(1)
				.jsonPath("$.content[0].kind")
				.isEqualTo("TRACKED")
				.jsonPath("$.content[0].title")
				.isEqualTo("Kiến nghị mới theo văn bản số 125/KN-MTTQ-BTT")
				.jsonPath("$.content[0].body")
				.<String>value((body) -> assertThat(body).contains("Hạn trả lời: 04/05/2026.")
					.contains("Cách xác định hạn: Hạn do người ban hành đặt: 04/05/2026.")
					.as("the tracking step's note says the same again")
					.doesNotContain("Ghi chú"))
				.jsonPath("$.content[0].dueDate")
				.isEqualTo("2026-05-04")
				.jsonPath("$.content[0].recommendationId")
				.isEqualTo(id)
				.jsonPath("$.content[0].readAt")
				.isEmpty());
	}

	@Test
	void tellsTheAddresseeItsFirmDueDateOnceItsReceiptFixesIt(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();
		String id = UUID.randomUUID().toString();
		Events provisional = tracked(agency, id).withItem("dueDate", "2026-12-21")
			.withItem("dueDateProvisional", true)
			.withItem("dueDateExplanation", "Hạn tạm tính theo 15 ngày làm việc kể từ ngày của văn bản.");
		Events firm = Events.step(id, 2, "RECEIVED", "ubmttq-tinh-dien-bien", agency, List.of(), List.of(), null)
			.withOccurredAt("2026-12-08T02:00:00Z")
			.withItem("dueDate", "2027-01-05")
			.withItem("dueDateProvisional", false)
			.withItem("dueDateExplanation", "Hạn tính theo 15 ngày làm việc kể từ ngày cơ quan nhận văn bản.");

		provisional.sendTo(stack.kafka().bootstrapServers());
		firm.sendTo(stack.kafka().bootstrapServers());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> inboxOf(agency).expectBody()
				.jsonPath("$.totalElements")
				.isEqualTo(2)
				.jsonPath("$.content[?(@.kind == 'TRACKED')].dueDate")
				.isEqualTo(List.of("2026-12-21"))
				.jsonPath("$.content[?(@.kind == 'RECEIVED')].dueDate")
				.isEqualTo(List.of("2027-01-05"))
				.jsonPath("$.content[?(@.kind == 'RECEIVED')].title")
				.isEqualTo(List.of("Hạn trả lời chính thức kiến nghị số 125/KN-MTTQ-BTT: 05/01/2027"))
				.jsonPath("$.content[?(@.kind == 'RECEIVED')].body")
				.<List<String>>value((bodies) -> assertThat(bodies).singleElement(STRING)
					.contains("(tính từ ngày cơ quan nhận văn bản 08/12/2026)")
					.contains("Cách xác định hạn: Hạn tính theo 15 ngày làm việc kể từ ngày cơ quan nhận văn bản.")
					.doesNotContain("(tạm tính")));
	}

	@Test
	void aReceiptThatLeavesTheDateAsItWasTellsTheAgencyNothingNew(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();
		String id = UUID.randomUUID().toString();
		Events official = tracked(agency, id).withItem("dueDate", "2026-12-21")
			.withItem("dueDateProvisional", false)
			.withItem("dueDateExplanation", "Hạn do người ban hành ấn định: 21/12/2026.");
		Events received = Events.step(id, 2, "RECEIVED", "ubmttq-tinh-dien-bien", agency, List.of(), List.of(), null)
			.withOccurredAt("2026-12-08T02:00:00Z")
			.withItem("dueDate", "2026-12-21")
			.withItem("dueDateProvisional", false)
			.withItem("dueDateExplanation", "Hạn do người ban hành ấn định: 21/12/2026.");
		Events reminded = Events.step(id, 3, "REMINDED", "ubmttq-tinh-dien-bien", agency, List.of(), List.of(), null)
			.withItem("dueDate", "2026-12-21");

		official.sendTo(stack.kafka().bootstrapServers());
		received.sendTo(stack.kafka().bootstrapServers());
		reminded.sendTo(stack.kafka().bootstrapServers());

		// The reminder follows the receipt on the item's partition: once it is told, the
		// receipt has been applied.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> inboxOf(agency).expectBody()
				.jsonPath("$.content[*].kind")
				.<List<String>>value((kinds) -> assertThat(kinds).containsExactlyInAnyOrder("TRACKED", "REMINDED")));
	}

	@Test
	void tellsWhatKindOfLetterWasIssued(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();

		tracked(agency, UUID.randomUUID().toString()).withItem("letterKind", "SOCIAL_CRITICISM")
			.sendTo(stack.kafka().bootstrapServers());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> inboxOf(agency).expectBody()
				.jsonPath("$.content[0].title")
				.isEqualTo("Văn bản phản biện xã hội mới số 125/KN-MTTQ-BTT"));
	}

	@Test
	void tellsAStepWrittenBeforeTheKindOfLetterAndTheProvisionalDateWereAdded(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();

		tracked(agency, UUID.randomUUID().toString())
			.withoutItemFields("letterKind", "dueDateProvisional", "dueDateExplanationEn")
			.sendTo(stack.kafka().bootstrapServers());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> inboxOf(agency).expectBody()
				.jsonPath("$.content[0].title")
				.isEqualTo("Kiến nghị mới theo văn bản số 125/KN-MTTQ-BTT")
				.jsonPath("$.content[0].body")
				.<String>value((body) -> assertThat(body).contains("Hạn trả lời: 04/05/2026.")));
	}

	@Test
	void aRedeliveredEventMakesNoSecondNotification(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();
		String id = UUID.randomUUID().toString();
		Events first = tracked(agency, id);
		Events later = Events.step(id, 2, "REMINDED", "ubmttq-tinh-dien-bien", agency, List.of(), List.of(), null);

		first.sendTo(stack.kafka().bootstrapServers());
		first.sendTo(stack.kafka().bootstrapServers());
		later.sendTo(stack.kafka().bootstrapServers());

		// The later event has the same key, so it is consumed after both copies of the
		// first.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> inboxOf(agency).expectBody().jsonPath("$.totalElements").isEqualTo(2));
	}

	@Test
	void poisonRecordsGoToTheDeadLetterTopicAndTheConsumerGoesOn(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();
		Events good = tracked(agency, UUID.randomUUID().toString());

		PoisonRecords.sendAll(stack.kafka().bootstrapServers(), Topics.RECOMMENDATION_LIFECYCLE, good.key(),
				good.json(), good.headers());
		good.sendTo(stack.kafka().bootstrapServers());

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

	private static Events tracked(String agency, String id) {
		return Events.tracked(id, "ubmttq-tinh-dien-bien", agency, List.of());
	}

	private RestTestClient.ResponseSpec inboxOf(String agency) {
		return as(agency).get().uri("/api/v1/organisations/{org}/notifications", agency).exchange();
	}

	private RestTestClient as(String agency) {
		return Callers.as(this.port, this.issuer, agency, "AGENCY_OFFICER");
	}

}
