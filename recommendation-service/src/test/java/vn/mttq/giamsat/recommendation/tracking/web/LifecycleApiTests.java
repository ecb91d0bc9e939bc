package vn.mttq.giamsat.recommendation.tracking.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.CloudEventHeaders;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.Uploads;
import vn.mttq.giamsat.recommendation.tracking.RecommendationTracking;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle through the HTTP API, with the events it publishes on
 * {@code recommendation.lifecycle}.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LifecycleApiTests {

	private static final String FRONT = "ubmttq-tinh-api";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	RecommendationTracking tracking;

	LocalIssuer issuer;

	String agency;

	String id;

	@BeforeEach
	void recommendation(LocalIssuer issuer) {
		this.issuer = issuer;
		this.agency = "so-api-" + UUID.randomUUID();
		this.id = UUID.randomUUID().toString();
		this.tracking.track(new RecommendationIssued(UUID.randomUUID().toString(), Instant.now(), this.id, "letter-api",
				"12/KN-MTTQ", "activity-api", FRONT, this.agency, "Công khai danh sách hộ nghèo",
				LocalDate.now(TrackedRecommendation.VIETNAM),
				LocalDate.now(TrackedRecommendation.VIETNAM).plusDays(30)));
	}

	@Test
	void theAgencyAnswersAndReportsAndTheFrontClosesEachStepPublishedInOrder(LocalStack stack) {
		step(agency(), "{\"action\": \"ACKNOWLEDGE\"}").expectStatus().isCreated();
		step(agency(), "{\"action\": \"ACCEPT\", \"note\": \"Sở tiếp thu.\"}").expectStatus().isCreated();
		String evidence = Uploads.upload(agency(), this.id, "bien-ban.pdf", "EVIDENCE");
		step(agency(),
				"{\"action\": \"REPORT_RESOLUTION\", \"note\": \"Đã công khai.\", \"documents\": [\"" + evidence
						+ "\"]}")
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/api/v1/recommendations/" + this.id + "/steps/4")
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"3\"")
			.expectBody()
			.jsonPath("$.transition")
			.isEqualTo("RESOLUTION_REPORTED")
			.jsonPath("$.actor.userId")
			.isEqualTo("canbo." + this.agency)
			.jsonPath("$.documents[0].name")
			.isEqualTo("bien-ban.pdf");
		step(front(), "{\"action\": \"CLOSE_RESOLVED\"}").expectStatus().isCreated();

		front().get()
			.uri("/api/v1/recommendations/{id}", this.id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"4\"")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CLOSED")
			.jsonPath("$.closure")
			.isEqualTo("RESOLVED")
			.jsonPath("$.allowedActions")
			.<List<String>>value((actions) -> assertThat(actions).containsExactly("REOPEN"))
			.jsonPath("$.history[*].transition")
			.<List<String>>value((transitions) -> assertThat(transitions).containsExactly("TRACKED", "ACKNOWLEDGED",
					"ACCEPTED", "RESOLUTION_REPORTED", "CLOSED"));

		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.RECOMMENDATION_LIFECYCLE)) {
			List<ConsumerRecord<String, byte[]>> records = reader.await((record) -> this.id.equals(record.key()), 5,
					Duration.ofSeconds(30));
			List<RecommendationLifecycleEvent> events = records.stream()
				.map((record) -> JSON.readValue(record.value(), RecommendationLifecycleEvent.class))
				.toList();
			assertThat(events).extracting(RecommendationLifecycleEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
			assertThat(events).extracting(RecommendationLifecycleEvent::transition)
				.containsExactly("TRACKED", "ACKNOWLEDGED", "ACCEPTED", "RESOLUTION_REPORTED", "CLOSED");
			assertThat(events.get(4).recommendation().closure()).isEqualTo("RESOLVED");
			assertThat(records).extracting((record) -> TopicReader.header(record, CloudEventHeaders.TYPE))
				.containsOnly(RecommendationLifecycleEvent.TYPE);
			assertThat(records).extracting((record) -> TopicReader.header(record, CloudEventHeaders.ID))
				.containsExactlyElementsOf(events.stream().map(RecommendationLifecycleEvent::eventId).toList());
		}
	}

	@Test
	void aStepOnAStaleVersionIsRefusedWith412AndChangesNothing() {
		step(agency(), "{\"action\": \"ACKNOWLEDGE\"}", "\"0\"").expectStatus().isCreated();

		step(agency(), "{\"action\": \"EXPLAIN\", \"note\": \"Không có kinh phí.\"}", "\"0\"").expectStatus()
			.isEqualTo(412)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:stale-version")
			.jsonPath("$.currentVersion")
			.isEqualTo(1);

		assertStatus("ACKNOWLEDGED", 2);
	}

	@Test
	void aStepNotAllowedNowIsRefusedWith409NamingWhatIsAllowed() {
		step(front(), "{\"action\": \"CLOSE_RESOLVED\"}").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:invalid-state")
			.jsonPath("$.currentState")
			.isEqualTo("AWAITING_RESPONSE")
			.jsonPath("$.allowedActions")
			.<List<String>>value((actions) -> assertThat(actions).containsExactly("WITHDRAW", "EXTEND", "PAUSE"));
		assertStatus("AWAITING_RESPONSE", 1);
	}

	@Test
	void anAnswerWithoutContentIsRefusedWith422NamingTheField() {
		step(agency(), "{\"action\": \"EXPLAIN\"}").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("note");
		assertStatus("AWAITING_RESPONSE", 1);
	}

	@Test
	void theWrongSideIsRefusedWith403AndAnotherAgencyDoesNotSeeTheItem() {
		step(front(), "{\"action\": \"ACCEPT\", \"note\": \"Tiếp thu thay Sở.\"}").expectStatus().isForbidden();
		step(agency(), "{\"action\": \"WITHDRAW\", \"note\": \"Sở rút.\"}").expectStatus().isForbidden();
		step(Callers.as(this.port, this.issuer, "ubmttq-xa-khac", "FRONT_OFFICIAL"),
				"{\"action\": \"WITHDRAW\", \"note\": \"Rút.\"}")
			.expectStatus()
			.isForbidden();
		step(Callers.as(this.port, this.issuer, "so-khac", "AGENCY_OFFICER"),
				"{\"action\": \"ACCEPT\", \"note\": \"Tiếp thu.\"}")
			.expectStatus()
			.isNotFound();
		step(Callers.as(this.port, this.issuer, "ban-giam-sat", "MONITOR"), "{\"action\": \"ACKNOWLEDGE\"}")
			.expectStatus()
			.isForbidden();
		assertStatus("AWAITING_RESPONSE", 1);
	}

	@Test
	void anIfMatchThatIsNotAnETagIsRefusedWith400AsAnyMalformedField() {
		step(agency(), "{\"action\": \"ACKNOWLEDGE\"}", "version-three").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:validation");
		assertStatus("AWAITING_RESPONSE", 1);
	}

	@Test
	void anUnknownActionIsRefusedNamingTheField() {
		step(agency(), "{\"action\": \"IGNORE\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("action");
	}

	@Test
	void twoOfficersAnsweringAtOnceFromTheSameVersionGetOneAnswerAndOne412() throws Exception {
		String[] bodies = { "{\"action\": \"ACCEPT\", \"note\": \"Tiếp thu.\"}",
				"{\"action\": \"EXPLAIN\", \"note\": \"Giải trình.\"}" };
		int[] statuses = new int[2];
		Thread[] threads = new Thread[2];
		for (int i = 0; i < 2; i++) {
			int n = i;
			threads[i] = new Thread(
					() -> statuses[n] = step(agency(), bodies[n], "\"0\"").returnResult().getStatus().value());
			threads[i].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}

		assertThat(statuses).containsExactlyInAnyOrder(201, 412);
		Map<?, ?> shown = front().get()
			.uri("/api/v1/recommendations/{id}", this.id)
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat((List<?>) shown.get("history")).hasSize(2);
	}

	@Test
	void anItemOfABoardWithoutADateGetsTheLegalFifteenDaysExplainedAndProvisionalUntilReceipt() {
		String boardItem = UUID.randomUUID().toString();
		this.tracking.track(new RecommendationIssued(UUID.randomUUID().toString(), Instant.now(), boardItem,
				"letter-ban", "3/KN-BTTND", "activity-ban", FRONT, this.agency, "Sửa đường liên thôn",
				LocalDate.of(2026, 2, 9), null, "RECOMMENDATION", "REMEDY_VIOLATION", "SUPERVISION",
				"PEOPLES_INSPECTION_BOARD", "COMMUNE", List.of()));

		front().get()
			.uri("/api/v1/recommendations/{id}", boardItem)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.dueDateExplanation.ruleId")
			.isEqualTo("board-answer-15-days")
			.jsonPath("$.dueDateExplanation.legalSource")
			.<String>value((source) -> assertThat(source).contains("10/2022"))
			.jsonPath("$.dueDateExplanation.provisional")
			.isEqualTo(true)
			.jsonPath("$.dueDateExplanation.textVi")
			.<String>value((text) -> assertThat(text).contains("15 ngày"))
			.jsonPath("$.dueDate")
			.<String>value((due) -> assertThat(LocalDate.parse(due)).isAfterOrEqualTo(LocalDate.of(2026, 2, 24)));
	}

	@Test
	void listsTheStepsAndShowsOne() {
		step(agency(), "{\"action\": \"ACKNOWLEDGE\", \"note\": \"Đã nhận.\"}").expectStatus().isCreated();

		front().get()
			.uri("/api/v1/recommendations/{id}/steps", this.id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].sequence")
			.<List<Integer>>value((sequences) -> assertThat(sequences).containsExactly(1, 2));
		front().get()
			.uri("/api/v1/recommendations/{id}/steps/2", this.id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.note")
			.isEqualTo("Đã nhận.");
		front().get().uri("/api/v1/recommendations/{id}/steps/9", this.id).exchange().expectStatus().isNotFound();
	}

	private void assertStatus(String status, int steps) {
		front().get()
			.uri("/api/v1/recommendations/{id}", this.id)
			.exchange()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.history.length()")
			.isEqualTo(steps);
	}

	private RestTestClient agency() {
		return Callers.as(this.port, this.issuer, this.agency, "AGENCY_OFFICER");
	}

	private RestTestClient front() {
		return Callers.as(this.port, this.issuer, FRONT, "FRONT_OFFICIAL");
	}

	private RestTestClient.ResponseSpec step(RestTestClient client, String body) {
		return step(client, body, null);
	}

	private RestTestClient.ResponseSpec step(RestTestClient client, String body, String ifMatch) {
		RestTestClient.RequestBodySpec request = client.post()
			.uri("/api/v1/recommendations/{id}/steps", this.id)
			.contentType(MediaType.APPLICATION_JSON);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.body(body.getBytes(StandardCharsets.UTF_8)).exchange();
	}

}
