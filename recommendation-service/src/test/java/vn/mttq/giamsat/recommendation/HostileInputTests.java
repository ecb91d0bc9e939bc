package vn.mttq.giamsat.recommendation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.tracking.RecommendationDocuments;
import vn.mttq.giamsat.recommendation.tracking.RecommendationTracking;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.AuthorizationMatrix;
import vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller;
import vn.mttq.giamsat.support.security.Role;
import vn.mttq.giamsat.support.web.HostileInputTestSupport;
import vn.mttq.giamsat.support.web.HostileRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint of recommendation-service against hostile input, sent by a Front
 * official (who reads every recommendation); and Vietnamese agency ids searched in one
 * Unicode form.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests extends HostileInputTestSupport {

	static final String AGENCY = "ubnd-hostile";

	static final String VN_DEPARTMENT = "sở-nông-nghiệp-và-môi-trường-điện-biên";

	@Autowired
	RecommendationTracking tracking;

	@Autowired
	RecommendationDocuments documents;

	LocalIssuer issuer;

	Map<Caller, String> tokens;

	RestTestClient http;

	String baseUrl;

	String recommendationId = UUID.randomUUID().toString();

	String documentId;

	String purgedDocumentId;

	@BeforeAll
	void data(LocalIssuer issuer) {
		this.issuer = issuer;
		this.tokens = AuthorizationMatrix.tokens(issuer, FRONT_BODY, AGENCY);
		this.baseUrl = "http://localhost:" + this.port;
		this.http = RestTestClient.bindToServer().baseUrl(this.baseUrl).build();
		this.tracking.track(issued(this.recommendationId, AGENCY, "Báo cáo"));
		// Accepted, so that progress reports (the attacked step) may follow one another.
		this.http.post()
			.uri("/api/v1/recommendations/{id}/steps", this.recommendationId)
			.header("Authorization", "Bearer " + this.tokens.get(Caller.AGENCY_OWN))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body("{\"action\": \"ACCEPT\", \"note\": \"Tiếp thu.\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		this.documentId = Uploads.stored(this.documents, this.recommendationId, AGENCY, "minh-chung.pdf").id();
		this.purgedDocumentId = Uploads.stored(this.documents, this.recommendationId, AGENCY, "xoa.pdf").id();
		this.documents.purge(this.recommendationId, this.purgedDocumentId, "Chứa dữ liệu cá nhân.",
				new Actor("quantri", "mttq-trung-uong", Set.of(Role.ADMIN)));
	}

	@Override
	protected Map<Caller, String> tokens() {
		return this.tokens;
	}

	/**
	 * Each endpoint with the caller that may use it: a Front official reads every
	 * recommendation; the dead-letter operations are an administrator's.
	 */
	@Override
	protected Map<HostileRequests.Endpoint, Caller> endpoints() {
		Map<HostileRequests.Endpoint, Caller> endpoints = new LinkedHashMap<>();
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/recommendations")
			.textParam("agencyId")
			.enumParam("status")
			.paged(), Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/recommendations/{id}", this.recommendationId),
				Caller.FRONT_OWN);
		endpoints
			.put(HostileRequests.endpoint(HttpMethod.POST, "/api/v1/recommendations/{id}/steps", this.recommendationId)
				.body("{\"action\": \"REPORT_PROGRESS\", \"note\": \"Đã rà soát 12 xã\", "
						+ "\"documents\": [\"tep-chua-tai-len\"]}")
				.optional("documents"), Caller.AGENCY_OWN);
		// The upload's multipart body is tested in RecommendationDocumentsApiTests and by
		// the document store's own tests; the purge is sent to a document already purged,
		// so that an accepted reason answers 409 and the next case still finds it.
		endpoints.put(HostileRequests.endpoint(HttpMethod.POST, "/api/v1/recommendations/{id}/documents",
				this.recommendationId), Caller.AGENCY_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/recommendations/{id}/documents",
				this.recommendationId), Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/recommendations/{id}/documents/{documentId}",
				this.recommendationId, this.documentId), Caller.FRONT_OWN);
		endpoints.put(HostileRequests
			.endpoint(HttpMethod.POST, "/api/v1/recommendations/{id}/documents/{documentId}/purge",
					this.recommendationId, this.purgedDocumentId)
			.body("{\"reason\": \"Chứa dữ liệu cá nhân.\"}"), Caller.ADMIN);
		endpoints.put(
				HostileRequests.endpoint(HttpMethod.GET, "/api/v1/recommendations/{id}/steps", this.recommendationId),
				Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/recommendations/{id}/steps/{sequence}",
				this.recommendationId, "1"), Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/statistics/agencies")
			.textParam("from")
			.textParam("to")
			.enumParam("level")
			.textParam("agencyId")
			.textParam("sort")
			.textParam("direction")
			.paged(), Caller.FRONT_OWN);
		// The CSV export takes the same parameters through the same code; its accepted
		// answers are CSV, which the hostile checks would read as JSON.
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/statistics/agencies.csv"), Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/deadlines/preview")
			.textParam("letterKind")
			.textParam("itemType")
			.textParam("activityKind")
			.textParam("supervisionForm")
			.textParam("level")
			.textParam("issuedOn")
			.textParam("receivedOn")
			.textParam("days")
			.enumParam("counting"), Caller.AGENCY_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/calendar/{year}", "2026"), Caller.MONITOR);
		HostileRequests.deadLetterEndpoints().forEach((endpoint) -> endpoints.put(endpoint, Caller.ADMIN));
		return endpoints;
	}

	@Test
	void findsARecommendationStoredInNfcByADecomposedAgencyId() {
		String id = UUID.randomUUID().toString();
		this.tracking.track(issued(id, VN_AGENCY, "Rà soát danh sách hộ được hỗ trợ"));

		for (String token : List.of(this.tokens.get(Caller.FRONT_OWN),
				this.issuer.token("canbo.ubnd.xa", VN_AGENCY, "AGENCY_OFFICER"))) {
			for (String filter : List.of(nfd(VN_AGENCY), VN_AGENCY)) {
				Map<?, ?> page = get(token, "/api/v1/recommendations?agencyId=" + encode(filter));
				assertThat(page.get("totalElements")).as("found by %s", filter).isEqualTo(1);
				assertThat(((Map<?, ?>) ((List<?>) page.get("content")).get(0)).get("id")).isEqualTo(id);
			}
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

		String token = this.tokens.get(Caller.FRONT_OWN);
		Map<?, ?> shown = await().atMost(Duration.ofSeconds(30)).until(() -> find(token, id), (found) -> found != null);
		assertThat(shown.get("addresseeAgencyId")).isEqualTo(VN_DEPARTMENT);
		assertThat(shown.get("content")).isEqualTo(content);
	}

	private static RecommendationIssued issued(String recommendationId, String agency, String content) {
		return new RecommendationIssued(UUID.randomUUID().toString(), Instant.now(), recommendationId, "letter-h",
				"KN-H", "activity-h", FRONT_BODY, agency, content, LocalDate.of(2026, 4, 2), null);
	}

	private Map<?, ?> find(String token, String id) {
		EntityExchangeResult<Map> result = this.http.get()
			.uri("/api/v1/recommendations/{id}", id)
			.header("Authorization", "Bearer " + token)
			.exchange()
			.returnResult(Map.class);
		return (result.getStatus().value() == 200) ? result.getResponseBody() : null;
	}

	private Map<?, ?> get(String token, String uri) {
		return this.http.get()
			.uri(URI.create(this.baseUrl + uri))
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
