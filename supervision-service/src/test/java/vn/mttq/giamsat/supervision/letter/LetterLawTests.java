package vn.mttq.giamsat.supervision.letter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Letters as the law shapes them: kinds, item types, copy recipients (NQLT 403 Art. 9.3),
 * numbers unique per issuer and year, withdrawal.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LetterLawTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	LetterRepository letters;

	RestTestClient http;

	LocalIssuer issuer;

	String activityId;

	@BeforeEach
	void activity(LocalIssuer issuer) {
		this.issuer = issuer;
		this.http = LetterRequests.official(this.port, issuer);
		this.activityId = LetterRequests.recordActivity(this.http);
	}

	@Test
	void publishesTheKindTypeFormLevelAndCopyRecipientsOfEveryItem(LocalStack stack) {
		Map<?, ?> letter = issue(this.activityId,
				"""
						{ "number": "KN-%d", "issuedOn": "2026-04-02", "subject": "Kiến nghị sau giám sát",
						  "items": [ { "addresseeAgencyId": "so-nong-nghiep-db", "content": "Công khai danh sách", "type": "REMEDY_VIOLATION" },
						             { "addresseeAgencyId": "so-tai-chinh-db", "content": "Bố trí kinh phí", "type": "AMEND_POLICY",
						               "copyRecipientIds": ["ubnd-tinh-db"] } ] }"""
					.formatted(System.nanoTime()));
		String first = recommendationId(letter, 0);

		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.SUPERVISION_RECOMMENDATIONS)) {
			JsonNode event = this.json.readTree(
					reader.await((record) -> first.equals(record.key()), 1, Duration.ofSeconds(30)).get(0).value());
			JsonNode golden = this.json.readTree(ContractSamples.json("supervision/RecommendationIssued.v1"));
			assertThat(Set.copyOf(event.propertyNames())).isEqualTo(Set.copyOf(golden.propertyNames()));
			assertThat(event.get("letterKind").asString()).isEqualTo("RECOMMENDATION");
			assertThat(event.get("itemType").asString()).isEqualTo("REMEDY_VIOLATION");
			assertThat(event.get("activityKind").asString()).isEqualTo("SUPERVISION");
			assertThat(event.get("supervisionForm").asString()).isEqualTo("DELEGATION");
			assertThat(event.get("level").asString()).isEqualTo("PROVINCE");
			// The competent authority (the department's People's Committee) and the Front
			// one level up.
			assertThat(event.get("copyRecipientIds").valueStream().map(JsonNode::asString))
				.containsExactly("ubnd-tinh-db", "ubmttq-trung-uong");
		}
		assertThat(((Map<?, ?>) ((List<?>) letter.get("items")).get(1)).get("copyRecipientIds"))
			.isEqualTo(List.of("ubnd-tinh-db"));
	}

	@Test
	void issuesASocialCriticismLetterOnlyForASocialCriticism(LocalIssuer issuer) {
		String criticism = (String) this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "kind": "SOCIAL_CRITICISM", "title": "Phản biện dự thảo quy định hỗ trợ giống cây trồng",
					  "supervisedAgencyIds": ["ubnd-tinh-db"], "startDate": "2026-03-01" }""")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		Map<?, ?> letter = issue(criticism, letter("PB-" + System.nanoTime(), "ubnd-tinh-db", ""));
		assertThat(letter.get("kind")).isEqualTo("SOCIAL_CRITICISM");
		reject(this.activityId,
				letter("PB-" + System.nanoTime(), "so-nong-nghiep-db", "\"kind\": \"SOCIAL_CRITICISM\","), 422, "kind");
	}

	@Test
	void keepsNumbersUniquePerIssuerAndYear() {
		String number = "KN-YEAR-" + System.nanoTime();
		issue(this.activityId, letter(number, "so-nong-nghiep-db", ""));
		reject(this.activityId, letter(number, "so-tai-chinh-db", ""), 409, null);
		String lastYear = LetterRequests.recordActivity(this.http, "2025-03-10");
		issue(lastYear, letter(number, "so-tai-chinh-db", "").replace("2026-04-02", "2025-04-02"));
	}

	@Test
	void rejectsACopyRecipientUnknownOnTheLettersDate() {
		long before = this.letters.count();
		reject(this.activityId, """
				{ "number": "KN-COPY", "issuedOn": "2026-04-02",
				  "items": [ { "addresseeAgencyId": "so-nong-nghiep-db", "content": "Công khai",
				               "copyRecipientIds": ["so-nong-nghiep-ptnt-dien-bien"] } ] }""", 422,
				"items[0].copyRecipientIds[0]");
		assertThat(this.letters.count()).isEqualTo(before);
	}

	@Test
	void publishesNothingOfARejectedLetter(LocalStack stack) {
		String rejected = "KN-REJECTED-" + System.nanoTime();
		reject(this.activityId, """
				{ "number": "%s", "issuedOn": "2026-04-02",
				  "items": [ { "addresseeAgencyId": "so-nong-nghiep-db", "content": "Hợp lệ" },
				             { "addresseeAgencyId": "so-khong-co", "content": "Không có cơ quan này" } ] }"""
			.formatted(rejected), 422, "items[1].addresseeAgencyId");
		String accepted = "KN-ACCEPTED-" + System.nanoTime();
		issue(this.activityId, letter(accepted, "so-nong-nghiep-db", ""));

		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.SUPERVISION_RECOMMENDATIONS)) {
			reader.await((record) -> text(record.value()).contains(accepted), 1, Duration.ofSeconds(30));
		}
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.SUPERVISION_RECOMMENDATIONS)) {
			assertThat(reader.readFor(Duration.ofSeconds(2)))
				.noneMatch((record) -> text(record.value()).contains(rejected));
		}
	}

	@Test
	void rejectsALetterOfACancelledActivity() {
		this.http.post()
			.uri("/api/v1/activities/{id}/transitions", this.activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"to\": \"CANCELLED\", \"note\": \"Trùng kế hoạch\" }")
			.exchange()
			.expectStatus()
			.isOk();
		reject(this.activityId, letter("KN-CANCEL", "so-nong-nghiep-db", ""), 409, null);
	}

	@Test
	void withdrawsAnItemWithItsReasonAndPublishesIt(LocalStack stack) {
		Map<?, ?> letter = issue(this.activityId, letter("KN-RUT-" + System.nanoTime(), "so-nong-nghiep-db", ""));
		String letterId = (String) letter.get("id");
		String recommendationId = recommendationId(letter, 0);
		String uri = "/api/v1/activities/" + this.activityId + "/letters/" + letterId + "/items/" + recommendationId
				+ "/withdrawal";

		Callers.as(this.port, this.issuer, "ubmttq-tinh-dien-bien", "FRONT_OFFICIAL")
			.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"reason\": \"Không phải của tôi\" }")
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"reason\": \"Sở đã tự khắc phục trước khi nhận văn bản.\" }")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.reason")
			.isEqualTo("Sở đã tự khắc phục trước khi nhận văn bản.")
			.jsonPath("$.withdrawnBy.userId")
			.isEqualTo("canbo.ubmttq-tinh-db");
		this.http.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"reason\": \"Lần nữa\" }")
			.exchange()
			.expectStatus()
			.isEqualTo(409);

		this.http.get()
			.uri("/api/v1/activities/{a}/letters/{l}", this.activityId, letterId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].withdrawalReason")
			.isEqualTo("Sở đã tự khắc phục trước khi nhận văn bản.");
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.SUPERVISION_RECOMMENDATIONS)) {
			List<ConsumerRecord<String, byte[]>> records = reader
				.await((record) -> recommendationId.equals(record.key()), 2, Duration.ofSeconds(30));
			ConsumerRecord<String, byte[]> withdrawn = records.get(1);
			assertThat(TopicReader.header(withdrawn, "ce_type")).isEqualTo(RecommendationWithdrawn.TYPE);
			JsonNode event = this.json.readTree(withdrawn.value());
			JsonNode golden = this.json.readTree(ContractSamples.json("supervision/RecommendationWithdrawn.v1"));
			assertThat(Set.copyOf(event.propertyNames())).isEqualTo(Set.copyOf(golden.propertyNames()));
			assertThat(event.get("reason").asString()).isEqualTo("Sở đã tự khắc phục trước khi nhận văn bản.");
			assertThat(event.get("withdrawnBy").asString()).isEqualTo("canbo.ubmttq-tinh-db");
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.letters.findById(letterId).orElseThrow().pendingEvents()).isZero());
	}

	@Test
	void findsLettersByBodyKindAndText() {
		String marker = "Nhà văn hóa " + System.nanoTime();
		issue(this.activityId, """
				{ "number": "KN-TIM-%d", "issuedOn": "2026-04-02",
				  "items": [ { "addresseeAgencyId": "so-nong-nghiep-db", "content": "Sửa chữa %s" } ] }"""
			.formatted(System.nanoTime(), marker));
		this.http.get()
			.uri("/api/v1/letters?issuingBodyId=ubmttq-tinh-db&kind=RECOMMENDATION&level=PROVINCE&form=DELEGATION&q={q}",
					marker.toUpperCase())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(1);
		Callers.as(this.port, this.issuer, "so-tai-chinh-db", "AGENCY_OFFICER")
			.get()
			.uri("/api/v1/letters?q={q}", marker)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(0);
	}

	private Map<?, ?> issue(String activityId, String body) {
		return this.http.post()
			.uri("/api/v1/activities/{id}/letters", activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private void reject(String activityId, String body, int status, String field) {
		var spec = this.http.post()
			.uri("/api/v1/activities/{id}/letters", activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status);
		if (field != null) {
			spec.expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
		}
	}

	private static String letter(String number, String addressee, String extra) {
		return """
				{ %s "number": "%s", "issuedOn": "2026-04-02",
				  "items": [ { "addresseeAgencyId": "%s", "content": "Công khai danh sách hộ được hỗ trợ" } ] }"""
			.formatted(extra, number, addressee);
	}

	private static String recommendationId(Map<?, ?> letter, int index) {
		return (String) ((Map<?, ?>) ((List<?>) letter.get("items")).get(index)).get("recommendationId");
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
