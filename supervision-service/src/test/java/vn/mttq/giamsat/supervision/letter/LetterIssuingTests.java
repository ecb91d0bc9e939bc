package vn.mttq.giamsat.supervision.letter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LetterIssuingTests {

	@LocalServerPort
	int port;

	@Autowired
	LetterRepository letters;

	@Autowired
	JsonMapper json;

	RestTestClient http;

	String activityId;

	@BeforeEach
	void activity(LocalIssuer issuer) {
		this.http = LetterRequests.official(this.port, issuer);
		this.activityId = LetterRequests.recordActivity(this.http);
	}

	@Test
	void publishesOneEventPerItemKeyedByRecommendationInTheGoldenFormat(LocalStack stack) {
		LetterView letter = issue(LetterRequests.letter("KN-" + System.nanoTime(), "so-nong-nghiep-db",
				"so-tai-chinh-db", "ubnd-xa-muong-phang"));

		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.SUPERVISION_RECOMMENDATIONS)) {
			List<ConsumerRecord<String, byte[]>> records = reader
				.await((record) -> text(record.value()).contains(letter.id()), 3, Duration.ofSeconds(30));

			assertThat(records).extracting(ConsumerRecord::key)
				.containsExactlyInAnyOrderElementsOf(letter.items().stream().map(ItemView::recommendationId).toList());
			JsonNode golden = this.json.readTree(ContractSamples.json("supervision/RecommendationIssued.v1"));
			for (ConsumerRecord<String, byte[]> record : records) {
				JsonNode event = this.json.readTree(record.value());
				assertThat(fieldNames(event)).isEqualTo(fieldNames(golden));
				assertThat(event.get("recommendationId").asString()).isEqualTo(record.key());
				assertThat(event.get("letterId").asString()).isEqualTo(letter.id());
				assertThat(event.get("issuingBodyId").asString()).isEqualTo("ubmttq-tinh-db");
				assertThat(event.get("issuedOn").asString()).isEqualTo("2026-04-02");
				assertThat(headers(record)).containsEntry("ce_type", RecommendationIssued.TYPE)
					.containsEntry("ce_source", RecommendationIssued.SOURCE)
					.containsEntry("ce_specversion", "1.0")
					.containsEntry("ce_subject", record.key())
					.containsEntry("ce_id", event.get("eventId").asString())
					.containsEntry("content-type", "application/json")
					.containsKey("ce_time");
			}
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.letters.findById(letter.id()).orElseThrow().pendingEvents()).isZero());
	}

	@Test
	void storesTheItemsDueDateAndAddresseeAsGiven() {
		LetterView letter = issue(LetterRequests.letter("KN-" + System.nanoTime(), "so-nong-nghiep-db"));

		this.http.get()
			.uri("/api/v1/activities/{a}/letters/{l}", this.activityId, letter.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].addresseeAgencyId")
			.isEqualTo("so-nong-nghiep-db")
			.jsonPath("$.items[0].dueDate")
			.isEqualTo("2026-05-04");
	}

	@Test
	void showsAnAgencyOfficerOnlyTheItemsAddressedToTheirAgency(LocalIssuer issuer) {
		LetterView letter = issue(LetterRequests.letter("KN-OWN-" + System.nanoTime(), "so-nong-nghiep-db",
				"so-tai-chinh-db", "so-tai-chinh-db"));
		RestTestClient agency = Callers.as(this.port, issuer, "so-tai-chinh-db", "AGENCY_OFFICER");

		agency.get()
			.uri("/api/v1/activities/{a}/letters/{l}", this.activityId, letter.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.items[*].addresseeAgencyId")
			.<List<String>>value((addressees) -> assertThat(addressees).containsOnly("so-tai-chinh-db"));
		agency.get()
			.uri("/api/v1/activities/{a}/letters", this.activityId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].items[*].addresseeAgencyId")
			.<List<String>>value((addressees) -> assertThat(addressees).containsOnly("so-tai-chinh-db"));
	}

	@Test
	void hidesALetterWithNothingForTheAgencyAsNotFound(LocalIssuer issuer) {
		LetterView letter = issue(LetterRequests.letter("KN-NONE-" + System.nanoTime(), "so-nong-nghiep-db"));

		Callers.as(this.port, issuer, "so-tai-chinh-db", "AGENCY_OFFICER")
			.get()
			.uri("/api/v1/activities/{a}/letters/{l}", this.activityId, letter.id())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void rejectsAnEmptyLetterAndStoresNothing() {
		long before = this.letters.count();

		this.http.post()
			.uri("/api/v1/activities/{id}/letters", this.activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"number\": \"KN-EMPTY\", \"issuedOn\": \"2026-04-02\", \"items\": []}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("items");
		assertThat(this.letters.count()).isEqualTo(before);
	}

	@Test
	void refusesALetterNumberWithALineBreakWhichWouldSplitTheEmailSubject() {
		long before = this.letters.count();

		this.http.post()
			.uri("/api/v1/activities/{id}/letters", this.activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(LetterRequests.letter("KN-1\\r\\nBcc: someone@example.org", "so-nong-nghiep-db"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("number")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not contain a tab or line break (U+000D at position 5)");
		assertThat(this.letters.count()).isEqualTo(before);
	}

	@Test
	void namesTheItemWithoutAddressee() {
		this.http.post()
			.uri("/api/v1/activities/{id}/letters", this.activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(LetterRequests.letter("KN-NOADDR", "so-nong-nghiep-db", " "))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("items[1].addresseeAgencyId");
	}

	@Test
	void answersNotFoundForALetterOfAnUnknownActivity() {
		this.http.post()
			.uri("/api/v1/activities/{id}/letters", "no-such-activity")
			.contentType(MediaType.APPLICATION_JSON)
			.body(LetterRequests.letter("KN-NOACT", "so-nong-nghiep-db"))
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(this.letters.findByActivityIdOrderByIssuedOnAsc("no-such-activity")).isEmpty();
	}

	@Test
	void answersConflictWhenTheSameNumberIsIssuedTwiceByOneBody() {
		String number = "KN-TWICE-" + System.nanoTime();
		LetterView first = issue(LetterRequests.letter(number, "so-nong-nghiep-db"));

		this.http.post()
			.uri("/api/v1/activities/{id}/letters", this.activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(LetterRequests.letter(number, "so-tai-chinh-db"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.existingId")
			.isEqualTo(first.id());
	}

	@Test
	void rejectsADueDateNotAfterTheLettersDate() {
		this.http.post()
			.uri("/api/v1/activities/{id}/letters", this.activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(LetterRequests.letter("KN-LATE", "so-nong-nghiep-db").replace("2026-05-04", "2026-04-02"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("items[0].dueDate");
	}

	@Test
	void rejectsAnAddresseeThatDidNotExistOnTheLettersDateAndStoresNothing() {
		long before = this.letters.count();

		this.http.post()
			.uri("/api/v1/activities/{id}/letters", this.activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(LetterRequests.letter("KN-GONE-" + System.nanoTime(), "so-nong-nghiep-db",
					"so-nong-nghiep-ptnt-dien-bien", "so-khong-co"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("items[1].addresseeAgencyId")
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).contains("Sở Nông nghiệp và Môi trường tỉnh Điện Biên"))
			.jsonPath("$.errors[1].field")
			.isEqualTo("items[2].addresseeAgencyId");
		assertThat(this.letters.count()).isEqualTo(before);
	}

	@Test
	void listsTheLettersOfAnActivity() {
		issue(LetterRequests.letter("KN-L1-" + System.nanoTime(), "so-nong-nghiep-db"));
		issue(LetterRequests.letter("KN-L2-" + System.nanoTime(), "so-tai-chinh-db"));

		this.http.get()
			.uri("/api/v1/activities/{id}/letters", this.activityId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2);
	}

	private LetterView issue(String body) {
		return this.http.post()
			.uri("/api/v1/activities/{id}/letters", this.activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(LetterView.class)
			.getResponseBody();
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static Set<String> fieldNames(JsonNode node) {
		return Set.copyOf(node.propertyNames());
	}

	private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
		java.util.Map<String, String> headers = new java.util.HashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), text(header.value()));
		}
		return headers;
	}

}
