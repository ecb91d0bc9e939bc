package vn.mttq.giamsat.supervision.letter;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an item may say: a due rule instead of a date, an addressee that can be
 * supervised, a letter dated neither in the future nor before its activity, and the
 * supervision form only on a supervision's items.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LetterRulesTests {

	@LocalServerPort
	int port;

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
	void anItemWithADueRuleKeepsItShowsItAndPublishesIt(LocalStack stack) {
		Map<?, ?> letter = issue(this.activityId, """
				{ "number": "KN-RULE-%d", "issuedOn": "2026-04-02",
				  "items": [ { "addresseeAgencyId": "so-nong-nghiep-db", "content": "Công khai danh sách",
				               "dueRule": { "days": 30, "counting": "WORKING_DAYS" } } ] }"""
			.formatted(System.nanoTime()));
		Map<?, ?> item = (Map<?, ?>) ((List<?>) letter.get("items")).get(0);
		assertThat(item.get("dueRule")).isEqualTo(Map.of("days", 30, "counting", "WORKING_DAYS"));
		assertThat(item.get("dueDate")).isNull();
		String recommendationId = (String) item.get("recommendationId");
		this.http.get()
			.uri("/api/v1/activities/{a}/letters/{l}", this.activityId, letter.get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].dueRule.days")
			.isEqualTo(30)
			.jsonPath("$.items[0].dueRule.counting")
			.isEqualTo("WORKING_DAYS");
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.SUPERVISION_RECOMMENDATIONS)) {
			JsonNode event = this.json
				.readTree(reader.await((record) -> recommendationId.equals(record.key()), 1, Duration.ofSeconds(30))
					.get(0)
					.value());
			assertThat(event.get("dueRule").get("days").asInt()).isEqualTo(30);
			assertThat(event.get("dueRule").get("counting").asString()).isEqualTo("WORKING_DAYS");
			assertThat(event.get("dueDate").isNull()).isTrue();
		}
	}

	@Test
	void anItemHasADueDateOrADueRuleNotBoth() {
		reject(this.activityId, """
				{ "number": "KN-BOTH", "issuedOn": "2026-04-02",
				  "items": [ { "addresseeAgencyId": "so-nong-nghiep-db", "content": "Công khai danh sách",
				               "dueDate": "2026-05-04", "dueRule": { "days": 30, "counting": "CALENDAR_DAYS" } } ] }""",
				400, "items[0].dueRule");
		reject(this.activityId, """
				{ "number": "KN-DAYS", "issuedOn": "2026-04-02",
				  "items": [ { "addresseeAgencyId": "so-nong-nghiep-db", "content": "Công khai danh sách",
				               "dueRule": { "days": 400, "counting": "CALENDAR_DAYS" } } ] }""", 400,
				"items[0].dueRule.days");
	}

	@Test
	void refusesALetterDatedAfterTodayInVietnam() {
		reject(this.activityId,
				LetterRequests.letter("KN-FUTURE", "so-nong-nghiep-db").replace("2026-04-02", "2099-01-02"), 422,
				"issuedOn")
			.jsonPath("$.type")
			.<String>value((type) -> assertThat(type).endsWith("business-rule"))
			.jsonPath("$.errors[0].message")
			.<String>value((message) -> assertThat(message).contains("02/01/2099"));
	}

	@Test
	void saysInVietnameseWhyALetterIsRefusedWhenAskedTo() {
		this.http.post()
			.uri("/api/v1/activities/{id}/letters", this.activityId)
			.header("Accept-Language", "vi")
			.contentType(MediaType.APPLICATION_JSON)
			.body(LetterRequests.letter("KN-VI", "so-nong-nghiep-db", "ubmttq-trung-uong"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].message")
			.<String>value((message) -> assertThat(message).startsWith("Ủy ban")
				.contains("là Ủy ban Mặt trận Tổ quốc, không phải đối tượng giám sát"));
	}

	@Test
	void refusesALetterDatedBeforeItsActivityBegan() {
		reject(this.activityId,
				LetterRequests.letter("KN-EARLY", "so-nong-nghiep-db").replace("2026-04-02", "2026-03-09"), 422,
				"issuedOn")
			.jsonPath("$.errors[0].message")
			.<String>value((message) -> assertThat(message).contains("10/03/2026"));
	}

	@Test
	void refusesAnItemAddressedToAFrontCommitteeButNotACopyToIt() {
		reject(this.activityId, LetterRequests.letter("KN-FRONT", "so-nong-nghiep-db", "ubmttq-trung-uong"), 422,
				"items[1].addresseeAgencyId")
			.jsonPath("$.errors[0].message")
			.<String>value((message) -> assertThat(message).contains("People's Committee"));
		issue(this.activityId, """
				{ "number": "KN-COPY-FRONT-%d", "issuedOn": "2026-04-02",
				  "items": [ { "addresseeAgencyId": "so-nong-nghiep-db", "content": "Công khai danh sách",
				               "copyRecipientIds": ["ubmttq-trung-uong", "ubnd-tinh-db"] } ] }"""
			.formatted(System.nanoTime()));
	}

	@Test
	void anItemOfADialogueCarriesNoSupervisionForm(LocalStack stack) {
		String dialogue = (String) this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "kind": "DIALOGUE_CONFERENCE", "title": "Đối thoại với nhân dân về giống cây trồng",
					  "supervisedAgencyIds": ["ubnd-tinh-db"], "startDate": "2026-03-01" }""")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		Map<?, ?> letter = issue(dialogue, LetterRequests.letter("DT-" + System.nanoTime(), "ubnd-tinh-db"));
		assertThat(letter.get("supervisionForm")).isNull();
		String recommendationId = (String) ((Map<?, ?>) ((List<?>) letter.get("items")).get(0)).get("recommendationId");
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.SUPERVISION_RECOMMENDATIONS)) {
			JsonNode event = this.json
				.readTree(reader.await((record) -> recommendationId.equals(record.key()), 1, Duration.ofSeconds(30))
					.get(0)
					.value());
			assertThat(event.get("activityKind").asString()).isEqualTo("DIALOGUE_CONFERENCE");
			assertThat(event.get("supervisionForm").isNull()).isTrue();
		}
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

	private RestTestClient.BodyContentSpec reject(String activityId, String body, int status, String field) {
		return this.http.post()
			.uri("/api/v1/activities/{id}/letters", activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.<List<String>>value((fields) -> assertThat(fields).contains(field));
	}

}
