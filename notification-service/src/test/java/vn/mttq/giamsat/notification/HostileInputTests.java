package vn.mttq.giamsat.notification;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.inbox.InboxManagement;
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

	@Autowired
	InboxManagement inbox;

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
		this.inbox.recommendationIssued(issued(AGENCY, "Báo cáo"));
	}

	@Override
	protected Map<Caller, String> tokens() {
		return this.tokens;
	}

	/**
	 * Each endpoint with the caller that may use it: an inbox is its agency's; the
	 * dead-letter operations are an administrator's.
	 */
	@Override
	protected Map<HostileRequests.Endpoint, Caller> endpoints() {
		Map<HostileRequests.Endpoint, Caller> endpoints = new LinkedHashMap<>();
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/organisations/{orgId}/notifications", AGENCY)
			.booleanParam("unread")
			.paged(), Caller.AGENCY_OWN);
		HostileRequests.deadLetterEndpoints().forEach((endpoint) -> endpoints.put(endpoint, Caller.ADMIN));
		return endpoints;
	}

	@Test
	void findsAnInboxStoredInNfcByADecomposedPath() {
		this.inbox.recommendationIssued(issued(VN_AGENCY, "Rà soát danh sách hộ được hỗ trợ"));
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
		String eventId = UUID.randomUUID().toString();
		String content = "Rà soát, công khai danh sách hộ được hỗ trợ giống cây trồng";
		String json = ContractSamples.json("supervision/RecommendationIssued.v1")
			.replace("2b8e4d7c-6a1f-4e0b-8c3d-9f5a1e2d4c60", id)
			.replace("5f0c7a52-3d0e-4a57-9a39-1d3f0b6f2a10", eventId)
			.replace("\"so-nong-nghiep-dien-bien\"", "\"" + nfd(VN_DEPARTMENT) + "\"")
			.replaceAll("\"content\" : \"[^\"]*\"", "\"content\" : \"" + nfd(content) + "\"");
		assertThat(json).contains(nfd(VN_DEPARTMENT)).contains(nfd(content));
		TopicWriter.send(stack.kafka().bootstrapServers(), Topics.SUPERVISION_RECOMMENDATIONS, id, json,
				ContractSamples.headers(RecommendationIssued.TYPE, RecommendationIssued.SOURCE, eventId, id));

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

	private static RecommendationIssued issued(String agency, String content) {
		return new RecommendationIssued(UUID.randomUUID().toString(), Instant.now(), UUID.randomUUID().toString(),
				"letter-h", "KN-H", "activity-h", FRONT_BODY, agency, content, LocalDate.of(2026, 4, 2), null);
	}

}
