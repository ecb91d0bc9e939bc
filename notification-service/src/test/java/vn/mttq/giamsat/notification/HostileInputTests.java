package vn.mttq.giamsat.notification;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.delivery.NotificationFanOut;
import vn.mttq.giamsat.notification.support.Events;
import vn.mttq.giamsat.notification.support.TestData;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;
import vn.mttq.giamsat.support.security.AuthorizationMatrix;
import vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller;
import vn.mttq.giamsat.support.web.HostileInputTestSupport;
import vn.mttq.giamsat.support.web.HostileRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint of notification-service against hostile input, sent by the inbox's own
 * agency (the dead-letter operations by an administrator); and inboxes of organisations
 * whose ids hold Vietnamese letters, found whichever Unicode form the path uses.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests extends HostileInputTestSupport {

	static final String AGENCY = "ubnd-hostile";

	static final String VN_DEPARTMENT = "sở-nông-nghiệp-và-môi-trường-điện-biên";

	/** The template the attacks reword; no other test reads its English text. */
	static final String REWORDED = "REOPENED.intro";

	static final String HOOK = "https://hethong.ubnd-hostile.gov.vn/giamsat/hook";

	@Autowired
	NotificationFanOut fanOut;

	@Autowired
	OrganisationDirectory directory;

	String notification;

	LocalIssuer issuer;

	Map<Caller, String> tokens;

	RestTestClient http;

	String baseUrl;

	@BeforeAll
	void data(LocalIssuer issuer) {
		this.issuer = issuer;
		this.tokens = AuthorizationMatrix.tokens(issuer, FRONT_BODY, AGENCY);
		this.baseUrl = "http://localhost:" + this.port;
		this.http = RestTestClient.bindToServer().baseUrl(this.baseUrl).build();
		TestData.knownOrganisations(this.directory, FRONT_BODY, AGENCY, VN_AGENCY);
		this.notification = TestData.issuedTo(this.fanOut, FRONT_BODY, AGENCY, "Báo cáo");
		// The attacked body names this webhook without its secret, which it keeps.
		this.http.put()
			.uri("/api/v1/organisations/{org}/contacts", AGENCY)
			.header("Authorization", "Bearer " + this.tokens.get(Caller.AGENCY_OWN))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body("{\"language\": \"VI\", \"emails\": [], \"webhook\": {\"url\": \"" + HOOK
					+ "\", \"secret\": \"whsec_YmktbWF0LWN1YS11Ym5kLWhvc3RpbGUtMjAyNg==\"}, \"reminderDigest\": false}")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Override
	protected Map<Caller, String> tokens() {
		return this.tokens;
	}

	/**
	 * Each endpoint with the caller that may use it: an inbox, its contacts and its
	 * deliveries are its agency's; the dead-letter operations are an administrator's.
	 */
	@Override
	protected Map<HostileRequests.Endpoint, Caller> endpoints() {
		Map<HostileRequests.Endpoint, Caller> endpoints = new LinkedHashMap<>();
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/organisations/{orgId}/notifications", AGENCY)
			.booleanParam("unread")
			.textParam("kind")
			.textParam("recommendationId")
			.paged(), Caller.AGENCY_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET,
				"/api/v1/organisations/{orgId}/notifications/unread-count", AGENCY), Caller.AGENCY_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.POST, "/api/v1/organisations/{orgId}/notifications/{id}/read",
				AGENCY, this.notification), Caller.AGENCY_OWN);
		endpoints.put(
				HostileRequests.endpoint(HttpMethod.POST,
						"/api/v1/organisations/{orgId}/notifications/{id}/confirm-receipt", AGENCY, this.notification),
				Caller.AGENCY_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/organisations/{orgId}/contacts", AGENCY),
				Caller.AGENCY_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.PUT, "/api/v1/organisations/{orgId}/contacts", AGENCY)
			.body("{\"language\": \"EN\", \"emails\": [\"van.thu@ubnd-hostile.gov.vn\"], \"webhook\": {\"url\": \""
					+ HOOK + "\"}, \"quietHours\": {\"from\": \"21:00\", \"to\": \"07:00\"}, \"reminderDigest\": true}")
			.optional("webhook", "quietHours", "reminderDigest"), Caller.AGENCY_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/organisations/{orgId}/deliveries", AGENCY)
			.enumParam("channel")
			.enumParam("status")
			.paged(), Caller.AGENCY_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/deliveries/dead-letters")
			.enumParam("channel")
			.paged(), Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.POST,
				"/api/v1/deliveries/dead-letters/{notificationId}/replay", "unknown"), Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/templates/{language}", "vi"), Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.PUT, "/api/v1/templates/{language}/{key}", "en", REWORDED)
			.body("{\"text\": \"{issuer} reopened the recommendation to {addressee}.\"}"), Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.DELETE, "/api/v1/templates/{language}/{key}", "en", REWORDED),
				Caller.ADMIN);
		HostileRequests.deadLetterEndpoints().forEach((endpoint) -> endpoints.put(endpoint, Caller.ADMIN));
		return endpoints;
	}

	@AfterAll
	void restoreTheTemplate() {
		this.http.delete()
			.uri("/api/v1/templates/en/{key}", REWORDED)
			.header("Authorization", "Bearer " + this.tokens.get(Caller.ADMIN))
			.exchange()
			.expectStatus()
			.isNoContent();
	}

	@Test
	void findsAnInboxStoredInNfcByADecomposedPath() {
		TestData.issuedTo(this.fanOut, FRONT_BODY, VN_AGENCY, "Rà soát danh sách hộ được hỗ trợ");
		String agency = this.issuer.token("canbo.ubnd.xa", VN_AGENCY, "AGENCY_OFFICER");

		for (String path : List.of(nfd(VN_AGENCY), VN_AGENCY)) {
			Map<?, ?> page = inbox(agency, path);
			assertThat(page.get("totalElements")).as("found by %s", path).isEqualTo(1);
			assertThat(notification(page).get("recipientOrganisationId")).isEqualTo(VN_AGENCY);
		}
	}

	@Test
	void storesAConsumedEventWithDecomposedTextInNfc(LocalStack stack) {
		String id = UUID.randomUUID().toString();
		String content = "Rà soát, công khai danh sách hộ được hỗ trợ giống cây trồng";
		Events tracked = Events.tracked(id, FRONT_BODY, nfd(VN_DEPARTMENT), List.of());
		String json = tracked.json().replaceAll("\"content\" ?: ?\"[^\"]*\"", "\"content\":\"" + nfd(content) + "\"");
		assertThat(json).contains(nfd(VN_DEPARTMENT)).contains(nfd(content));
		TopicWriter.send(stack.kafka().bootstrapServers(), tracked.topic(), id, json, tracked.headers());

		String department = this.issuer.token("canbo.so", VN_DEPARTMENT, "AGENCY_OFFICER");
		Map<?, ?> page = await().atMost(Duration.ofSeconds(30))
			.until(() -> inbox(department, nfd(VN_DEPARTMENT)),
					(found) -> ((Number) found.get("totalElements")).intValue() == 1);
		assertThat(notification(page).get("recipientOrganisationId")).isEqualTo(VN_DEPARTMENT);
		assertThat((String) notification(page).get("body")).contains(content);
	}

	private Map<?, ?> inbox(String token, String organisation) {
		return this.http.get()
			.uri(URI.create(this.baseUrl + "/api/v1/organisations/" + encode(organisation) + "/notifications"))
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static Map<?, ?> notification(Map<?, ?> page) {
		return (Map<?, ?>) ((List<?>) page.get("content")).get(0);
	}

}
