package vn.mttq.giamsat.supervision;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import vn.mttq.giamsat.support.web.HostileInputTestSupport;
import vn.mttq.giamsat.support.web.HostileRequests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of supervision-service against hostile input, sent by a Front official
 * of the owning body; and Vietnamese text stored and searched in one Unicode form.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests extends HostileInputTestSupport {

	static final String AGENCY = "so-hostile";

	/**
	 * A commune's Front body and People's Committee: their ids are ASCII slugs, their
	 * names and the texts recorded about them Vietnamese.
	 */
	static final String VN_FRONT_BODY = "ubmttq-xa-muong-phang-thu-nghiem";

	static final String COMMUNE_AGENCY = "ubnd-xa-muong-phang-thu-nghiem";

	static final String VN_TITLE = "Giám sát việc hỗ trợ giống cây trồng ở Mường Phăng";

	LocalIssuer issuer;

	Map<Caller, String> tokens;

	RestTestClient http;

	String baseUrl;

	String activityId;

	String letterId;

	String delegationId;

	String planId;

	String withdrawalUri;

	String importJobId;

	String documentId;

	String purgedDocumentId;

	@BeforeAll
	void data(LocalIssuer issuer) {
		this.issuer = issuer;
		this.tokens = AuthorizationMatrix.tokens(issuer, FRONT_BODY, AGENCY);
		this.baseUrl = "http://localhost:" + this.port;
		this.http = RestTestClient.bindToServer().baseUrl(this.baseUrl).build();
		this.activityId = (String) post(this.tokens.get(Caller.FRONT_OWN), "/api/v1/activities",
				activity(FRONT_BODY, "Giám sát đầu vào độc hại", AGENCY))
			.get("id");
		this.delegationId = (String) post(this.tokens.get(Caller.FRONT_OWN), "/api/v1/activities",
				activity(FRONT_BODY, "Giám sát qua đoàn", AGENCY).replace("DOCUMENT_REVIEW", "DELEGATION"))
			.get("id");
		Map<?, ?> withdrawable = post(this.tokens.get(Caller.FRONT_OWN),
				"/api/v1/activities/" + this.activityId + "/letters", letter("KN-HOSTILE-WITHDRAW", AGENCY));
		this.withdrawalUri = withdrawable.get("id") + "|"
				+ ((Map<?, ?>) ((List<?>) withdrawable.get("items")).get(0)).get("recommendationId");
		this.planId = (String) post(this.tokens.get(Caller.FRONT_OWN), "/api/v1/plans", """
				{ "year": 2026, "number": "KH-HOSTILE-SETUP", "title": "Kế hoạch", "issuedOn": "2025-12-15" }""")
			.get("id");
		this.importJobId = this.http.post()
			.uri("/api/v1/directory/import/organisations")
			.header("Authorization", "Bearer " + this.tokens.get(Caller.ADMIN))
			.contentType(MediaType.parseMediaType("text/csv"))
			.body("id,name,kind,level,administrativeUnitId,parentId,validFrom,validTo,successorIds")
			.exchange()
			.expectStatus()
			.isAccepted()
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.getPath()
			.replace("/api/v1/directory/imports/", "");
		this.letterId = (String) post(this.tokens.get(Caller.FRONT_OWN),
				"/api/v1/activities/" + this.activityId + "/letters", letter("KN-HOSTILE-SETUP", AGENCY))
			.get("id");
		this.documentId = upload("hostile-minutes");
		this.purgedDocumentId = upload("hostile-purged");
		this.http.post()
			.uri("/api/v1/activities/{a}/documents/{d}/purge", this.activityId, this.purgedDocumentId)
			.header("Authorization", "Bearer " + this.tokens.get(Caller.ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"reason\": \"Tải nhầm\" }")
			.exchange()
			.expectStatus()
			.isOk();
	}

	private String upload(String label) {
		return (String) this.http.post()
			.uri("/api/v1/activities/{a}/documents", this.activityId)
			.header("Authorization", "Bearer " + this.tokens.get(Caller.FRONT_OWN))
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

	@Override
	protected Map<Caller, String> tokens() {
		return this.tokens;
	}

	/**
	 * Each endpoint with the caller that may use it: a Front official of the owning body
	 * records and reads everything.
	 */
	@Override
	protected Map<HostileRequests.Endpoint, Caller> endpoints() {
		Map<HostileRequests.Endpoint, Caller> endpoints = new LinkedHashMap<>();
		endpoints.put(HostileRequests.endpoint(HttpMethod.POST, "/api/v1/activities")
			.body(activity(FRONT_BODY, "Giám sát đầu vào độc hại", AGENCY).replace("\"startDate\"",
					"\"reference\": \"KH-HOSTILE\", \"endDate\": \"2026-03-20\", \"startDate\""))
			.optional("reference", "supervisingBodyId", "endDate", "level")
			.unique("reference"), Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/activities")
			.textParam("supervisingBodyId")
			.booleanParam("includeBelow")
			.textParam("administrativeUnitId")
			.enumParam("status")
			.textParam("planId")
			.textParam("q")
			.enumParam("kind")
			.enumParam("form")
			.enumParam("level")
			.paged(), Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/activities/{id}", this.activityId),
				Caller.FRONT_OWN);
		endpoints
			.put(HostileRequests.endpoint(HttpMethod.POST, "/api/v1/activities/{activityId}/letters", this.activityId)
				.body(letter("KN-HOSTILE", AGENCY)
					.replace("\"issuedOn\"",
							"\"kind\": \"RECOMMENDATION\", \"subject\": \"Kiến nghị sau giám sát\", \"issuedOn\"")
					.replace("\"dueDate\"",
							"\"type\": \"AMEND_POLICY\", \"copyRecipientIds\": [\"ubnd-tinh-db\"], \"dueDate\""))
				.optional("issuingBodyId", "items[0].dueDate", "kind", "subject", "items[0].type",
						"items[0].copyRecipientIds")
				.unique("number"), Caller.FRONT_OWN);
		endpoints.put(
				HostileRequests.endpoint(HttpMethod.GET, "/api/v1/activities/{activityId}/letters", this.activityId),
				Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/activities/{activityId}/letters/{letterId}",
				this.activityId, this.letterId), Caller.FRONT_OWN);
		// Path cases only: an accepted case answers a PDF, which the checks read as JSON;
		// the format parameter is checked in OfficialLetterTests.
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET,
				"/api/v1/activities/{activityId}/letters/{letterId}/official-document", this.activityId, this.letterId),
				Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.PUT, "/api/v1/activities/{id}/delegation", this.delegationId)
			.body("""
					{ "decisionNumber": "12/QĐ-MTTQ", "decisionDate": "2026-03-10", "headName": "Nguyễn Văn An",
					  "memberNames": ["Lò Thị Bình"], "noticeDate": "2026-03-11", "subjectReportDate": "2026-03-20",
					  "sessionDates": ["2026-04-01"], "resultReportDate": "2026-04-10" }""")
			.optional("decisionNumber", "decisionDate", "headName", "memberNames", "noticeDate", "subjectReportDate",
					"sessionDates", "resultReportDate"),
				Caller.FRONT_OWN);
		endpoints
			.put(HostileRequests.endpoint(HttpMethod.POST, "/api/v1/activities/{id}/transitions", this.delegationId)
				.body("{ \"to\": \"IN_PROGRESS\" }"), Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.POST, "/api/v1/plans").body("""
				{ "ownerBodyId": "%s", "year": 2026, "number": "KH-HOSTILE", "title": "Kế hoạch giám sát năm 2026",
				  "issuedOn": "2025-12-15" }""".formatted(FRONT_BODY)).optional("ownerBodyId").unique("number"),
				Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/plans").textParam("ownerBodyId"),
				Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/plans/{id}", this.planId), Caller.FRONT_OWN);
		String[] withdrawal = this.withdrawalUri.split("\\|");
		endpoints.put(HostileRequests
			.endpoint(HttpMethod.POST,
					"/api/v1/activities/{activityId}/letters/{letterId}/items/{recommendationId}/withdrawal",
					this.activityId, withdrawal[0], withdrawal[1])
			.body("{ \"reason\": \"Sở đã tự khắc phục trước khi nhận văn bản.\" }"), Caller.FRONT_OWN);
		// The upload's multipart body is tested in ActivityDocumentsTests and by the
		// document store's own tests; the purge is sent to a document already purged, so
		// that an accepted reason answers 409 and the next case still finds it.
		endpoints.put(
				HostileRequests.endpoint(HttpMethod.POST, "/api/v1/activities/{activityId}/documents", this.activityId),
				Caller.FRONT_OWN);
		endpoints.put(
				HostileRequests.endpoint(HttpMethod.GET, "/api/v1/activities/{activityId}/documents", this.activityId),
				Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/activities/{activityId}/documents/{documentId}",
				this.activityId, this.documentId), Caller.FRONT_OWN);
		endpoints.put(HostileRequests
			.endpoint(HttpMethod.POST, "/api/v1/activities/{activityId}/documents/{documentId}/purge", this.activityId,
					this.purgedDocumentId)
			.body("{ \"reason\": \"Tải nhầm tệp chứa thông tin cá nhân\" }"), Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/letters")
			.textParam("issuingBodyId")
			.booleanParam("includeBelow")
			.textParam("administrativeUnitId")
			.enumParam("level")
			.enumParam("kind")
			.enumParam("activityKind")
			.enumParam("form")
			.textParam("q")
			.paged(), Caller.FRONT_OWN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/reports/work")
			.textParam("bodyId")
			.booleanParam("includeBelow")
			.enumParam("format"), Caller.FRONT_OWN);
		directoryEndpoints(endpoints);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/directory/imports/{id}", this.importJobId),
				Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.DELETE, "/api/v1/directory/imports/{id}", this.importJobId),
				Caller.ADMIN);
		HostileRequests.deadLetterEndpoints().forEach((endpoint) -> endpoints.put(endpoint, Caller.ADMIN));
		return endpoints;
	}

	private static void directoryEndpoints(Map<HostileRequests.Endpoint, Caller> endpoints) {
		endpoints.put(HostileRequests.endpoint(HttpMethod.PUT, "/api/v1/organisations/{id}", "so-hostile")
			.body("""
					{ "name": "Sở (đầu vào độc hại)", "kind": "DEPARTMENT", "level": "PROVINCE",
					  "administrativeUnitId": "tinh-thu-nghiem", "parentId": "ubnd-tinh-db", "validFrom": "2000-01-01",
					  "validTo": "2030-12-31", "successorIds": [] }""")
			.optional("administrativeUnitId", "parentId", "validTo", "successorIds"), Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/organisations")
			.enumParam("kind")
			.enumParam("level")
			.textParam("parentId")
			.textParam("administrativeUnitId")
			.textParam("q")
			.paged(), Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/organisations/{id}", "so-hostile"),
				Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.PUT, "/api/v1/administrative-units/{id}", "xa-hostile")
			.body("""
					{ "name": "Xã (đầu vào độc hại)", "level": "COMMUNE", "parentId": "tinh-thu-nghiem",
					  "validFrom": "2025-07-01", "validTo": "2030-12-31", "successorIds": [] }""")
			.optional("parentId", "validTo", "successorIds"), Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/administrative-units")
			.enumParam("level")
			.textParam("parentId"), Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/administrative-units/{id}", "tinh-thu-nghiem"),
				Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.PUT, "/api/v1/legal-bases/{id}", "nd-hostile").body("""
				{ "number": "1/2026/NĐ-CP", "title": "Nghị định (đầu vào độc hại)", "issuer": "Chính phủ",
				  "issuedOn": "2026-01-01", "effectiveFrom": "2026-01-01", "effectiveTo": "2030-12-31",
				  "amendedByIds": [], "note": "Ghi chú" }""").optional("effectiveTo", "amendedByIds", "note"),
				Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/legal-bases"), Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.GET, "/api/v1/legal-bases/{id}", "nqlt-403-2017"),
				Caller.ADMIN);
		// The import answers counts, not the rows, so its bodies are tested in
		// DirectoryApiTests.
		endpoints.put(HostileRequests.endpoint(HttpMethod.POST, "/api/v1/directory/import"), Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.POST, "/api/v1/directory/import/organisations"),
				Caller.ADMIN);
		endpoints.put(HostileRequests.endpoint(HttpMethod.POST, "/api/v1/directory/import/administrative-units"),
				Caller.ADMIN);
	}

	@Test
	void storesDecomposedVietnameseAsNfcAndFindsItByADecomposedFilter() {
		String official = this.issuer.token("canbo.xa", VN_FRONT_BODY, "FRONT_OFFICIAL");
		Map<?, ?> recorded = post(official, "/api/v1/activities",
				activity(nfd(VN_FRONT_BODY), nfd(VN_TITLE), nfd(COMMUNE_AGENCY)).replace("PROVINCE", "COMMUNE"));
		assertThat(recorded.get("title")).isEqualTo(VN_TITLE);
		assertThat(recorded.get("supervisingBodyId")).isEqualTo(VN_FRONT_BODY);
		assertThat(recorded.get("supervisedAgencyIds")).isEqualTo(List.of(COMMUNE_AGENCY));

		Map<?, ?> shown = get(official, "/api/v1/activities/" + recorded.get("id"));
		assertThat(shown.get("title")).isEqualTo(VN_TITLE);
		assertThat(shown.get("supervisingBodyId")).isEqualTo(VN_FRONT_BODY);

		for (String filter : List.of(nfd(VN_FRONT_BODY), VN_FRONT_BODY)) {
			Map<?, ?> page = get(official, "/api/v1/activities?supervisingBodyId=" + encode(filter));
			assertThat(page.get("totalElements")).as("found by %s", filter).isEqualTo(1);
			assertThat(((Map<?, ?>) ((List<?>) page.get("content")).get(0)).get("id")).isEqualTo(recorded.get("id"));
		}
		// The agency, signed in with its id in NFC, sees the activity recorded from NFD.
		Map<?, ?> agencyView = get(this.issuer.token("canbo.ubnd.xa", COMMUNE_AGENCY, "AGENCY_OFFICER"),
				"/api/v1/activities");
		assertThat(agencyView.get("totalElements")).isEqualTo(1);

		Map<?, ?> letter = post(official, "/api/v1/activities/" + recorded.get("id") + "/letters",
				letter(nfd("KN-Mường-Phăng-01"), nfd(COMMUNE_AGENCY))
					.replace("\"issuingBodyId\": \"" + FRONT_BODY + "\",", ""));
		Map<?, ?> item = (Map<?, ?>) ((List<?>) letter.get("items")).get(0);
		assertThat(letter.get("number")).isEqualTo("KN-Mường-Phăng-01");
		assertThat(item.get("addresseeAgencyId")).isEqualTo(COMMUNE_AGENCY);
		assertThat(item.get("content")).isEqualTo("Báo cáo kết quả hỗ trợ giống cây trồng");
	}

	@Test
	void refusesAnOrganisationIdWithVietnameseLettersNamingTheField() {
		this.http.put()
			.uri(URI.create(this.baseUrl + "/api/v1/organisations/" + encode("ubnd-xã-mường-phăng")))
			.header("Authorization", "Bearer " + this.tokens.get(Caller.ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "name": "Ủy ban nhân dân xã Mường Phăng", "kind": "PEOPLES_COMMITTEE", "level": "COMMUNE",
					  "administrativeUnitId": "xa-thu-nghiem", "parentId": "ubnd-tinh-db", "validFrom": "2025-07-01" }""")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("id");
	}

	private static String activity(String body, String title, String agency) {
		return """
				{ "kind": "SUPERVISION", "title": "%s", "supervisingBodyId": "%s", "supervisedAgencyIds": ["%s"],
				  "form": "DOCUMENT_REVIEW", "level": "PROVINCE", "startDate": "2026-03-10" }""".formatted(title, body,
				agency);
	}

	private static String letter(String number, String agency) {
		return """
				{ "number": "%s", "issuedOn": "2026-04-02", "issuingBodyId": "%s",
				  "items": [ { "addresseeAgencyId": "%s", "content": "%s", "dueDate": "2026-05-02" } ] }"""
			.formatted(number, FRONT_BODY, agency, nfd("Báo cáo kết quả hỗ trợ giống cây trồng"));
	}

	private Map<?, ?> post(String token, String uri, String body) {
		return this.http.post()
			.uri(uri)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
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
