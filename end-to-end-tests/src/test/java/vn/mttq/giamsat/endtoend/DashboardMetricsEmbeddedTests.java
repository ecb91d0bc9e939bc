package vn.mttq.giamsat.endtoend;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.endtoend.dashboards.DashboardSeries;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStackExtension;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.channel.webhook.WebhookSecrets;
import vn.mttq.giamsat.testfixtures.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keeps the Grafana dashboards and the Prometheus alert rules honest: after a letter has
 * gone through the whole system (issued, tracked, notified, answered on time and late,
 * marked overdue and escalated, closed and withdrawn, a webhook failing until it is given
 * up, its events published again), every metric that a dashboard panel or an alert rule
 * queries is exported by one of the three services, with every label the query matches on
 * or groups by.
 */
@WithLocalStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardMetricsEmbeddedTests {

	private static final String FRONT = "ubmttq-tinh-dien-bien";

	private static final String DEPARTMENT = "so-nong-nghiep-moi-truong-dien-bien";

	private static final String COMMUNE = "ubnd-xa-muong-phang";

	private static final ApiClient API = new ApiClient(Duration.ofSeconds(30));

	private RunningServices services;

	private LocalIssuer issuer;

	private String letterId;

	@BeforeAll
	void startServices() throws IOException {
		this.issuer = LocalIssuer.start();
		this.services = RunningServices.start(
				new RunningServices.Infrastructure(LocalStackExtension.stack().kafka().bootstrapServers(),
						LocalStackExtension.stack().mongo().connectionString(), this.issuer.issuer()),
				"e2e-dashboards",
				// The scheduler marks the late item overdue and escalates it within
				// seconds.
				List.of("--giamsat.lifecycle.scheduler-interval=1s",
						"--giamsat.notification.webhook-private-networks=true",
						"--giamsat.notification.webhook-plain-http=true",
						"--giamsat.notification.delivery.webhook.max-attempts=2",
						"--giamsat.notification.delivery.webhook.initial-backoff=100ms",
						"--giamsat.notification.delivery.webhook.max-backoff=200ms"));
	}

	@AfterAll
	void stopServices() {
		RunningServices.stop(this.services, this.issuer);
	}

	@Test
	void everySeriesTheDashboardsAndAlertRulesQueryIsExported() throws IOException {
		RestTestClient front = client(this.services.recommendation, "canbo.mttq.tinh", FRONT, "FRONT_OFFICIAL");
		RestTestClient department = client(this.services.recommendation, "canbo.so.nnmt", DEPARTMENT, "AGENCY_OFFICER");
		RestTestClient commune = client(this.services.recommendation, "canbo.ubnd.xa", COMMUNE, "AGENCY_OFFICER");
		giveTheCommuneAWebhookThatNobodyAnswers();

		List<String> items = issueLetter();
		String answeredOnTime = items.get(0);
		String overdue = items.get(1);
		String withdrawn = items.get(2);

		await().atMost(Duration.ofSeconds(60)).until(() -> hasTransition(front, answeredOnTime, "TRACKED"));
		step(department, answeredOnTime, "EXPLAIN", "Danh sách đã được rà soát theo quy định.");
		step(front, answeredOnTime, "AGREE", null);
		await().atMost(Duration.ofSeconds(60)).until(() -> hasTransition(front, overdue, "ESCALATED"));
		step(commune, overdue, "ACCEPT", "Sẽ niêm yết trong tuần.");
		step(front, overdue, "CLOSE_UNRESOLVED", "Chưa niêm yết sau khi đã quá hạn.");
		step(front, withdrawn, "WITHDRAW", "Đã được giải quyết qua kênh khác.");
		publishTheLettersEventsAgain();

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(
					DashboardSeries.missingFrom(PrometheusScrapes.of(this.services, "dashboard-scrapes")))
				.as("what the dashboards or alert rules query but no service exports")
				.isEmpty());
	}

	private void giveTheCommuneAWebhookThatNobodyAnswers() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		// notification-service learns the commune from its copy of the directory, which
		// may
		// still be on its way when the services have just started.
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> client(this.services.notification, "canbo.ubnd.xa", COMMUNE, "AGENCY_OFFICER").put()
						.uri("/api/v1/organisations/{org}/contacts", COMMUNE)
						.contentType(MediaType.APPLICATION_JSON)
						.body(Map.of("language", "VI", "emails", List.of(), "webhook",
								Map.of("url", "http://127.0.0.1:" + closedPort + "/hook", "secret",
										WebhookSecrets.generate()),
								"reminderDigest", false))
						.exchange()
						.expectStatus()
						.isOk());
	}

	/**
	 * Marks the letter's events unsent, so that the relay publishes the same events again
	 * and the consumers count them as repeated.
	 */
	private void publishTheLettersEventsAgain() {
		Update unsent = new Update();
		for (int i = 0; i < 3; i++) {
			unsent.unset("outbox." + i + ".sentAt");
		}
		this.services.supervision.getBean(MongoTemplate.class)
			.updateFirst(Query.query(Criteria.where("_id").is(this.letterId)), unsent, "letters");
	}

	/**
	 * One item due in three weeks, one already 40 days late (so the scheduler marks it
	 * overdue and escalates it), one to withdraw.
	 */
	private List<String> issueLetter() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		String token = this.issuer.token("canbo.mttq.tinh", FRONT, "FRONT_OFFICIAL");
		String activities = RunningServices.baseUrl(this.services.supervision) + "/api/v1/activities";
		JsonNode activity = API.created(activities, token, """
				{ "kind": "SUPERVISION", "title": "Giám sát chính sách giảm nghèo bền vững",
				  "supervisingBodyId": "ubmttq-tinh-dien-bien",
				  "supervisedAgencyIds": ["so-nong-nghiep-moi-truong-dien-bien", "ubnd-xa-muong-phang"],
				  "form": "DELEGATION", "level": "PROVINCE", "startDate": "%s" }""".formatted(today.minusDays(90)));
		JsonNode letter = API.created(activities + "/" + activity.path("id").asString() + "/letters", token,
				"""
						{ "number": "%s", "issuedOn": "%s", "items": [
						  { "addresseeAgencyId": "so-nong-nghiep-moi-truong-dien-bien", "content": "Rà soát danh sách hộ được hỗ trợ.", "dueDate": "%s" },
						  { "addresseeAgencyId": "ubnd-xa-muong-phang", "content": "Niêm yết kết quả bình xét hộ nghèo.", "dueDate": "%s" },
						  { "addresseeAgencyId": "ubnd-xa-muong-phang", "content": "Báo cáo tiến độ giải ngân vốn hỗ trợ nhà ở.", "dueDate": "%s" } ] }"""
					.formatted("127/KN-MTTQ-BTT-" + System.nanoTime(), today.minusDays(60), today.plusDays(21),
							today.minusDays(40), today.plusDays(15)));
		this.letterId = letter.path("id").asString();
		return letter.path("items").valueStream().map((item) -> item.path("recommendationId").asString()).toList();
	}

	private static boolean hasTransition(RestTestClient client, String id, String transition) {
		Map<?, ?> recommendation = client.get()
			.uri("/api/v1/recommendations/{id}", id)
			.exchange()
			.returnResult(Map.class)
			.getResponseBody();
		return recommendation != null && recommendation.get("history") instanceof List<?> history
				&& history.stream().anyMatch((entry) -> transition.equals(((Map<?, ?>) entry).get("transition")));
	}

	private static void step(RestTestClient client, String id, String action, String note) {
		client.post()
			.uri("/api/v1/recommendations/{id}/steps", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body((note != null) ? Map.of("action", action, "note", note) : Map.of("action", action))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private RestTestClient client(ConfigurableApplicationContext service, String user, String organisation,
			String role) {
		return RestTestClient.bindToServer()
			.baseUrl(RunningServices.baseUrl(service))
			.defaultHeader("Authorization", "Bearer " + this.issuer.token(user, organisation, role))
			.build();
	}

}
