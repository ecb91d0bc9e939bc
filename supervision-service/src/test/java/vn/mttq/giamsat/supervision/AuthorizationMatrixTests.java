package vn.mttq.giamsat.supervision;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.supervision.document.DocumentRequests;
import vn.mttq.giamsat.support.security.AuthorizationMatrix;
import vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller;
import vn.mttq.giamsat.support.security.AuthorizationMatrix.Endpoint;
import vn.mttq.giamsat.support.security.AuthorizationMatrixTestSupport;

import static vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller.ADMIN;
import static vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller.AGENCY_OTHER;
import static vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller.AGENCY_OWN;
import static vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller.FRONT_OTHER;
import static vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller.FRONT_OWN;
import static vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller.MONITOR;

/**
 * Every endpoint of supervision-service with each role, for the owning body and for
 * another.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests extends AuthorizationMatrixTestSupport {

	static final String FRONT_BODY = "ubmttq-tinh-matrix";

	static final String AGENCY = "so-matrix";

	static final AtomicInteger LETTERS = new AtomicInteger();

	Map<Caller, String> tokens;

	String activityId;

	String letterId;

	String delegationId;

	String planId;

	String withdrawableLetterId;

	java.util.List<String> withdrawableItems;

	String importJob;

	String scanId;

	String purgeableId;

	@BeforeAll
	void data(LocalIssuer issuer) {
		this.tokens = AuthorizationMatrix.tokens(issuer, FRONT_BODY, AGENCY);
		RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.put()
			.uri("/api/v1/administrative-units/xa-matrix")
			.header("Authorization", "Bearer " + this.tokens.get(ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.body(unitBody())
			.exchange();
		// An import submitted by an administrator of the Front body: its officials follow
		// it, other organisations' people (administrators too) do not see it.
		this.importJob = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri("/api/v1/directory/import/administrative-units")
			.header("Authorization", "Bearer " + issuer.token("admin.own", FRONT_BODY, "ADMIN"))
			.contentType(MediaType.parseMediaType("text/csv"))
			.body("id,name,level,parentId,validFrom,validTo,successorIds")
			.exchange()
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.getPath();
		this.activityId = (String) post("/api/v1/activities", activity()).get("id");
		this.letterId = (String) post("/api/v1/activities/" + this.activityId + "/letters", letter()).get("id");
		this.delegationId = (String) post("/api/v1/activities", activity().replace("DOCUMENT_REVIEW", "DELEGATION"))
			.get("id");
		this.planId = (String) post("/api/v1/plans", plan()).get("id");
		Map<?, ?> withdrawable = post("/api/v1/activities/" + this.activityId + "/letters", letter());
		this.withdrawableLetterId = (String) withdrawable.get("id");
		this.withdrawableItems = ((List<?>) withdrawable.get("items")).stream()
			.map((item) -> (String) ((Map<?, ?>) item).get("recommendationId"))
			.toList();
		this.scanId = upload("matrix-scan");
		this.purgeableId = upload("matrix-minutes");
		post("/api/v1/activities/" + this.activityId + "/letters",
				letter().replace("\"items\"", "\"documents\": [\"" + this.scanId + "\"], \"items\""));
	}

	@Override
	protected Map<Caller, String> tokens() {
		return this.tokens;
	}

	@Override
	protected List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new java.util.ArrayList<>(AuthorizationMatrix.deadLetterEndpoints());
		endpoints.addAll(List.of(
				Endpoint.of(HttpMethod.POST, "/api/v1/activities", () -> "/api/v1/activities", this::activity)
					.expect(201, FRONT_OWN)
					.expect(403, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR, ADMIN)
					.build(),
				Endpoint.of(HttpMethod.GET, "/api/v1/activities", () -> "/api/v1/activities", null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR, ADMIN)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/activities/{id}", () -> "/api/v1/activities/" + this.activityId, null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.POST, "/api/v1/activities/{activityId}/letters",
							() -> "/api/v1/activities/" + this.activityId + "/letters", this::letter)
					.expect(201, FRONT_OWN)
					// An activity the caller may not see is not found, whatever the role,
					// so the answer does not tell it exists.
					.expect(403, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/activities/{activityId}/letters",
							() -> "/api/v1/activities/" + this.activityId + "/letters", null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/activities/{activityId}/letters/{letterId}",
							() -> "/api/v1/activities/" + this.activityId + "/letters/" + this.letterId, null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/activities/{activityId}/letters/{letterId}/official-document",
							() -> "/api/v1/activities/" + this.activityId + "/letters/" + this.letterId
									+ "/official-document",
							null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.POST,
							"/api/v1/activities/{activityId}/letters/{letterId}/items/{recommendationId}/withdrawal",
							() -> "/api/v1/activities/" + this.activityId + "/letters/" + this.withdrawableLetterId
									+ "/items/" + this.withdrawableItems.get(0) + "/withdrawal",
							() -> "{ \"reason\": \"Đã khắc phục\" }")
					.expect(200, FRONT_OWN)
					.expect(403, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.POST, "/api/v1/activities/{activityId}/documents",
							() -> "/api/v1/activities/" + this.activityId + "/documents",
							() -> DocumentRequests.multipartPdf("matrix-" + LETTERS.incrementAndGet()))
					.contentType(DocumentRequests.MULTIPART)
					.expect(201, FRONT_OWN)
					.expect(403, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/activities/{activityId}/documents",
							() -> "/api/v1/activities/" + this.activityId + "/documents", null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				// The letter's scan: its addressee reads it, another agency does not
				// learn it exists.
				Endpoint
					.of(HttpMethod.GET, "/api/v1/activities/{activityId}/documents/{documentId}",
							() -> "/api/v1/activities/" + this.activityId + "/documents/" + this.scanId, null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				adminOnly(HttpMethod.POST, "/api/v1/activities/{activityId}/documents/{documentId}/purge",
						() -> "/api/v1/activities/" + this.activityId + "/documents/" + this.purgeableId + "/purge",
						() -> "{ \"reason\": \"Tải nhầm tệp\" }", 200),
				anyRole(HttpMethod.GET, "/api/v1/letters", "/api/v1/letters"),
				acrossOrganisations(HttpMethod.GET, "/api/v1/reports/work",
						() -> "/api/v1/reports/work?bodyId=" + FRONT_BODY + "&from=2026-01-01&to=2026-12-31"),
				Endpoint.of(HttpMethod.POST, "/api/v1/plans", () -> "/api/v1/plans", this::plan)
					.expect(201, FRONT_OWN)
					.expect(403, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR, ADMIN)
					.build(),
				acrossOrganisations(HttpMethod.GET, "/api/v1/plans", () -> "/api/v1/plans?ownerBodyId=" + FRONT_BODY),
				acrossOrganisations(HttpMethod.GET, "/api/v1/plans/{id}", () -> "/api/v1/plans/" + this.planId),
				Endpoint
					.of(HttpMethod.PUT, "/api/v1/activities/{id}/delegation",
							() -> "/api/v1/activities/" + this.delegationId + "/delegation",
							() -> "{ \"decisionDate\": \"2026-03-10\", \"sessionDates\": [\"2026-04-01\"] }")
					.expect(200, FRONT_OWN)
					.expect(403, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.POST, "/api/v1/activities/{id}/transitions",
							() -> "/api/v1/activities/" + this.delegationId + "/transitions",
							() -> "{ \"to\": \"IN_PROGRESS\" }")
					.expect(200, FRONT_OWN)
					.expect(403, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				adminOnly(HttpMethod.PUT, "/api/v1/organisations/{id}",
						() -> "/api/v1/organisations/so-matrix-" + LETTERS.incrementAndGet(), () -> organisationBody(),
						201),
				anyRole(HttpMethod.GET, "/api/v1/organisations", "/api/v1/organisations"),
				anyRole(HttpMethod.GET, "/api/v1/organisations/{id}", "/api/v1/organisations/" + AGENCY),
				adminOnly(HttpMethod.PUT, "/api/v1/administrative-units/{id}",
						() -> "/api/v1/administrative-units/xa-matrix-" + LETTERS.incrementAndGet(), () -> unitBody(),
						201),
				anyRole(HttpMethod.GET, "/api/v1/administrative-units", "/api/v1/administrative-units"),
				anyRole(HttpMethod.GET, "/api/v1/administrative-units/{id}", "/api/v1/administrative-units/xa-matrix"),
				adminOnly(HttpMethod.PUT, "/api/v1/legal-bases/{id}",
						() -> "/api/v1/legal-bases/nd-matrix-" + LETTERS.incrementAndGet(),
						AuthorizationMatrixTests::basisBody, 201),
				anyRole(HttpMethod.GET, "/api/v1/legal-bases", "/api/v1/legal-bases"),
				anyRole(HttpMethod.GET, "/api/v1/legal-bases/{id}", "/api/v1/legal-bases/nqlt-403-2017"),
				adminOnly(HttpMethod.POST, "/api/v1/directory/import", () -> "/api/v1/directory/import",
						() -> "{ \"organisations\": [] }", 200),
				csvImport("/api/v1/directory/import/organisations",
						"id,name,kind,level,administrativeUnitId,parentId,validFrom,validTo,successorIds"),
				csvImport("/api/v1/directory/import/administrative-units",
						"id,name,level,parentId,validFrom,validTo,successorIds"),
				ownOrganisationsImport(HttpMethod.GET), ownOrganisationsImport(HttpMethod.DELETE)));
		return endpoints;
	}

	private static Endpoint adminOnly(HttpMethod method, String pattern, java.util.function.Supplier<String> uri,
			java.util.function.Supplier<String> body, int status) {
		return Endpoint.of(method, pattern, uri, body)
			.expect(status, ADMIN)
			.expect(403, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR)
			.build();
	}

	private static Endpoint csvImport(String path, String header) {
		return Endpoint.of(HttpMethod.POST, path, () -> path, () -> header)
			.contentType(MediaType.parseMediaType("text/csv"))
			.expect(202, ADMIN)
			.expect(403, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR)
			.build();
	}

	private Endpoint ownOrganisationsImport(HttpMethod method) {
		return Endpoint.of(method, "/api/v1/directory/imports/{id}", () -> this.importJob, null)
			.expect(200, FRONT_OWN)
			.expect(404, FRONT_OTHER, ADMIN)
			.expect(403, AGENCY_OWN, AGENCY_OTHER, MONITOR)
			.build();
	}

	private static Endpoint acrossOrganisations(HttpMethod method, String pattern,
			java.util.function.Supplier<String> uri) {
		return Endpoint.of(method, pattern, uri, null)
			.expect(200, FRONT_OWN, FRONT_OTHER, MONITOR, ADMIN)
			.expect(403, AGENCY_OWN, AGENCY_OTHER)
			.build();
	}

	private String plan() {
		return """
				{ "ownerBodyId": "%s", "year": 2026, "number": "KH-MATRIX-%d", "title": "Kế hoạch (ma trận quyền)",
				  "issuedOn": "2025-12-15" }""".formatted(FRONT_BODY, LETTERS.incrementAndGet());
	}

	private static Endpoint anyRole(HttpMethod method, String pattern, String uri) {
		return Endpoint.of(method, pattern, () -> uri, null)
			.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR, ADMIN)
			.build();
	}

	private static String organisationBody() {
		return """
				{ "name": "Sở (ma trận quyền)", "kind": "DEPARTMENT", "level": "PROVINCE",
				  "administrativeUnitId": "tinh-thu-nghiem", "parentId": "ubnd-tinh-db", "validFrom": "2000-01-01" }""";
	}

	private static String basisBody() {
		return """
				{ "number": "1/2026/NĐ-CP", "title": "Nghị định (ma trận quyền)", "issuer": "Chính phủ",
				  "issuedOn": "2026-01-01", "effectiveFrom": "2026-01-01" }""";
	}

	private static String unitBody() {
		return """
				{ "name": "Xã (ma trận quyền)", "level": "COMMUNE", "parentId": "tinh-thu-nghiem",
				  "validFrom": "2025-07-01" }""";
	}

	private String activity() {
		return """
				{ "kind": "SUPERVISION", "title": "Giám sát ma trận quyền",
				  "supervisingBodyId": "%s", "supervisedAgencyIds": ["%s"],
				  "form": "DOCUMENT_REVIEW", "level": "PROVINCE", "startDate": "2026-03-10" }""".formatted(FRONT_BODY,
				AGENCY);
	}

	private String letter() {
		return """
				{ "number": "KN-MATRIX-%d", "issuedOn": "2026-04-02",
				  "items": [ { "addresseeAgencyId": "%s", "content": "Báo cáo kết quả" } ] }"""
			.formatted(LETTERS.incrementAndGet(), AGENCY);
	}

	private String upload(String label) {
		return (String) http().post()
			.uri("/api/v1/activities/" + this.activityId + "/documents")
			.header("Authorization", "Bearer " + this.tokens.get(FRONT_OWN))
			.contentType(DocumentRequests.MULTIPART)
			.body(DocumentRequests.multipartPdf(label))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private Map<?, ?> post(String uri, String body) {
		return http().post()
			.uri(uri)
			.header("Authorization", "Bearer " + this.tokens.get(FRONT_OWN))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
