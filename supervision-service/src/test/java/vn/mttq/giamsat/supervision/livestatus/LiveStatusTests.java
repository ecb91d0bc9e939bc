package vn.mttq.giamsat.supervision.livestatus;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live status beside each activity and letter, from {@code recommendation.lifecycle}.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveStatusTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	LiveStatuses statuses;

	LocalStack stack;

	RestTestClient http;

	String activityId;

	String letterId;

	List<String> items;

	@BeforeEach
	void letter(LocalStack stack, LocalIssuer issuer) {
		this.stack = stack;
		this.http = Callers.as(this.port, issuer, "ubmttq-tinh-db", "FRONT_OFFICIAL");
		this.activityId = (String) post("/api/v1/activities", """
				{ "kind": "SUPERVISION", "title": "Giám sát trạng thái", "supervisedAgencyIds": ["so-nong-nghiep-db"],
				  "form": "DOCUMENT_REVIEW", "startDate": "2026-03-10" }""").get("id");
		Map<?, ?> letter = post("/api/v1/activities/" + this.activityId + "/letters", """
				{ "number": "KN-LIVE-%d", "issuedOn": "2026-04-02", "items": [
				  { "addresseeAgencyId": "so-nong-nghiep-db", "content": "Một" },
				  { "addresseeAgencyId": "so-nong-nghiep-db", "content": "Hai" },
				  { "addresseeAgencyId": "so-tai-chinh-db", "content": "Ba" },
				  { "addresseeAgencyId": "so-tai-chinh-db", "content": "Bốn" } ] }""".formatted(System.nanoTime()));
		this.letterId = (String) letter.get("id");
		this.items = ((List<?>) letter.get("items")).stream()
			.map((item) -> (String) ((Map<?, ?>) item).get("recommendationId"))
			.toList();
	}

	@Test
	void countsTheItemsAwaitingAnsweredOverdueAndResolvedBesideTheActivityAndTheLetter() {
		assertThat(live("/api/v1/activities/" + this.activityId)).containsEntry("total", 4)
			.containsEntry("awaiting", 4);

		send(this.items.get(0), 1, "AWAITING_RESPONSE", null, false, null);
		send(this.items.get(0), 3, "ACCEPTED", "ACCEPTED", false, null);
		send(this.items.get(1), 2, "OVERDUE", null, true, null);
		send(this.items.get(2), 5, "CLOSED", "ACCEPTED", false, "RESOLVED");
		send(this.items.get(3), 4, "CLOSED", "EXPLAINED", false, "AGREED");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(live("/api/v1/activities/" + this.activityId)).containsEntry("awaiting", 0)
				.containsEntry("answered", 1)
				.containsEntry("overdue", 1)
				.containsEntry("resolved", 1)
				.containsEntry("closedUnresolved", 1));
		Map<?, ?> letter = get("/api/v1/activities/" + this.activityId + "/letters/" + this.letterId);
		assertThat(((Map<?, ?>) letter.get("liveStatus")).get("resolved")).isEqualTo(1);
		assertThat(
				((List<?>) letter.get("items")).stream().map((item) -> (Object) ((Map<?, ?>) item).get("liveStatus")))
			.containsExactly("ANSWERED", "OVERDUE", "RESOLVED", "CLOSED_UNRESOLVED");
	}

	@Test
	void ignoresAStepWhoseSequenceIsAlreadyPassed() {
		String id = this.items.get(0);
		send(id, 4, "ACCEPTED", "ACCEPTED", false, null);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.statuses.item(id).map(ItemStatus::sequence).orElse(0L) == 4);

		send(id, 2, "OVERDUE", null, true, null);
		send(id, 4, "OVERDUE", null, true, null);
		send(this.items.get(1), 1, "AWAITING_RESPONSE", null, false, null);

		// The later record of the other item shows the stale ones were consumed.
		await().atMost(Duration.ofSeconds(30)).until(() -> this.statuses.item(this.items.get(1)).isPresent());
		assertThat(this.statuses.item(id).orElseThrow().bucket()).isEqualTo(Bucket.ANSWERED);
	}

	@Test
	void countsAWithdrawnItemAsWithdrawnAtOnceAndRefusesToWithdrawAClosedOne() {
		String base = "/api/v1/activities/" + this.activityId + "/letters/" + this.letterId + "/items/";
		post(base + this.items.get(0) + "/withdrawal", "{ \"reason\": \"Đã tự khắc phục\" }", 200);
		send(this.items.get(1), 6, "CLOSED", "ACCEPTED", false, "RESOLVED");
		await().atMost(Duration.ofSeconds(30)).until(() -> this.statuses.item(this.items.get(1)).isPresent());

		post(base + this.items.get(1) + "/withdrawal", "{ \"reason\": \"Muộn rồi\" }", 409);
		assertThat(live("/api/v1/activities/" + this.activityId)).containsEntry("withdrawn", 1)
			.containsEntry("resolved", 1)
			.containsEntry("awaiting", 2);
	}

	@Test
	void sendsAPoisonRecordToTheDeadLetterStoreAndGoesOn(LocalIssuer issuer) {
		String key = this.items.get(0);
		TopicWriter.send(this.stack.kafka().bootstrapServers(), Topics.RECOMMENDATION_LIFECYCLE, key, "{ not json",
				ContractSamples.headers(RecommendationLifecycleEvent.TYPE, RecommendationLifecycleEvent.SOURCE,
						UUID.randomUUID().toString(), key));
		send(key, 1, "ACKNOWLEDGED", null, false, null);

		await().atMost(Duration.ofSeconds(60)).until(() -> this.statuses.item(key).isPresent());
		RestTestClient admin = Callers.as(this.port, issuer, "ubmttq-tinh-db", "ADMIN");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> admin.get()
				.uri("/api/v1/dead-letters?size=200")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.content[?(@.key == '%s')].reason".formatted(key))
				.<List<String>>value((reasons) -> assertThat(reasons)
					.anySatisfy((reason) -> assertThat(reason).contains("unreadable RecommendationLifecycleEvent"))));
	}

	private void send(String recommendationId, long sequence, String status, String answer, boolean overdue,
			String closure) {
		String eventId = UUID.randomUUID().toString();
		ObjectNode event = (ObjectNode) this.json
			.readTree(ContractSamples.json("recommendation/RecommendationLifecycleEvent.v1"));
		event.put("eventId", eventId).put("recommendationId", recommendationId).put("sequence", sequence);
		event.put("status", status).put("transition", status);
		ObjectNode snapshot = (ObjectNode) event.get("recommendation");
		snapshot.put("letterId", this.letterId).put("activityId", this.activityId).put("overdue", overdue);
		snapshot.put("answer", answer).put("closure", closure);
		TopicWriter.send(this.stack.kafka().bootstrapServers(), Topics.RECOMMENDATION_LIFECYCLE, recommendationId,
				event.toString(), ContractSamples.headers(RecommendationLifecycleEvent.TYPE,
						RecommendationLifecycleEvent.SOURCE, eventId, recommendationId));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> live(String uri) {
		return (Map<String, Object>) get(uri).get("liveStatus");
	}

	private Map<?, ?> get(String uri) {
		return this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private Map<?, ?> post(String uri, String body) {
		return post(uri, body, 201);
	}

	private Map<?, ?> post(String uri, String body, int status) {
		return this.http.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
