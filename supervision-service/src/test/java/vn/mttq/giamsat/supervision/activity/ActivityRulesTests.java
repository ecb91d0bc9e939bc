package vn.mttq.giamsat.supervision.activity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervision form belongs to supervisions, a step the status does not allow (or that
 * waits for a prior step, or that the activity's form does not have) is an invalid state,
 * and an agency officer counts only their own items.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityRulesTests {

	@LocalServerPort
	int port;

	LocalIssuer issuer;

	RestTestClient province;

	@BeforeEach
	void client(LocalIssuer issuer) {
		this.issuer = issuer;
		this.province = Callers.as(this.port, issuer, "ubmttq-tinh-db", "FRONT_OFFICIAL");
	}

	@Test
	void aDialogueIsRecordedWithoutASupervisionFormAndRefusesOne() {
		post(activity("DIALOGUE_CONFERENCE", null), 201);
		post(activity("SOCIAL_CRITICISM", null), 201);
		post(activity("DIALOGUE_CONFERENCE", "DOCUMENT_REVIEW"), 422).jsonPath("$.errors[*].field")
			.<List<String>>value((fields) -> assertThat(fields).containsExactly("form"));
	}

	@Test
	void aSupervisionNeedsItsForm() {
		post(activity("SUPERVISION", null), 422).jsonPath("$.errors[*].field")
			.<List<String>>value((fields) -> assertThat(fields).containsExactly("form"));
	}

	@Test
	void aTransitionTheStatusDoesNotAllowIsAnInvalidState() {
		String id = id(activity("SUPERVISION", "DELEGATION"));
		this.province.post()
			.uri("/api/v1/activities/{id}/transitions", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"to\": \"CONCLUDED\", \"conclusion\": \"Kết luận\" }")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.<String>value((type) -> assertThat(type).endsWith("invalid-state"))
			.jsonPath("$.currentState")
			.isEqualTo("PLANNED")
			.jsonPath("$.allowedActions")
			.<List<String>>value(
					(actions) -> assertThat(actions).containsExactlyInAnyOrder("IN_PROGRESS", "CANCELLED"));
	}

	@Test
	void theStepsOfACancelledDelegationAreAnInvalidState() {
		String id = id(activity("SUPERVISION", "DELEGATION"));
		this.province.post()
			.uri("/api/v1/activities/{id}/transitions", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"to\": \"CANCELLED\", \"note\": \"Trùng kế hoạch\" }")
			.exchange()
			.expectStatus()
			.isOk();
		this.province.put()
			.uri("/api/v1/activities/{id}/delegation", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"decisionDate\": \"2026-06-01\" }")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.currentState")
			.isEqualTo("CANCELLED");
	}

	@Test
	void reportingADelegationBeforeItsResultReportIsRecordedIsAnInvalidState() {
		String id = id(activity("SUPERVISION", "DELEGATION"));
		transition(id, "{ \"to\": \"IN_PROGRESS\" }").expectStatus().isOk();
		transition(id, "{ \"to\": \"REPORTED\" }").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.<String>value((type) -> assertThat(type).endsWith("invalid-state"))
			.jsonPath("$.currentState")
			.isEqualTo("IN_PROGRESS")
			.jsonPath("$.allowedActions")
			.<List<String>>value((actions) -> assertThat(actions).containsExactly("CANCELLED"));
	}

	@Test
	void theDelegationStepsOfAnotherFormAreAnInvalidState() {
		String id = id(activity("SUPERVISION", "DOCUMENT_REVIEW"));
		this.province.put()
			.uri("/api/v1/activities/{id}/delegation", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"decisionDate\": \"2026-06-01\" }")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.<String>value((type) -> assertThat(type).endsWith("invalid-state"))
			.jsonPath("$.currentState")
			.isEqualTo("PLANNED");
	}

	@Test
	void anAgencyOfficerSeesOnlyItsOwnItemsInTheLiveStatus() {
		String id = id(activity("SUPERVISION", "DELEGATION"));
		this.province.post()
			.uri("/api/v1/activities/{id}/letters", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "number": "KN-LIVE-%d", "issuedOn": "2026-06-10", "items": [
					  { "addresseeAgencyId": "so-nong-nghiep-db", "content": "Một" },
					  { "addresseeAgencyId": "so-tai-chinh-db", "content": "Hai" },
					  { "addresseeAgencyId": "so-tai-chinh-db", "content": "Ba" } ] }""".formatted(System.nanoTime()))
			.exchange()
			.expectStatus()
			.isCreated();
		liveTotal(this.province, id, 3);
		liveTotal(Callers.as(this.port, this.issuer, "ubmttq-tinh-db", "MONITOR"), id, 3);
		liveTotal(Callers.as(this.port, this.issuer, "so-nong-nghiep-db", "AGENCY_OFFICER"), id, 1);
		liveTotal(Callers.as(this.port, this.issuer, "so-tai-chinh-db", "AGENCY_OFFICER"), id, 2);
	}

	private static void liveTotal(RestTestClient client, String id, int total) {
		client.get()
			.uri("/api/v1/activities/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.liveStatus.total")
			.isEqualTo(total)
			.jsonPath("$.liveStatus.awaiting")
			.isEqualTo(total);
	}

	private static String activity(String kind, String form) {
		return """
				{ "kind": "%s", "title": "Hoạt động %s", "supervisedAgencyIds": ["so-nong-nghiep-db", "so-tai-chinh-db"],
				  %s "startDate": "2026-06-01" }"""
			.formatted(kind, kind, (form != null) ? "\"form\": \"" + form + "\"," : "");
	}

	private String id(String body) {
		return (String) this.province.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private RestTestClient.ResponseSpec transition(String id, String body) {
		return this.province.post()
			.uri("/api/v1/activities/{id}/transitions", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.BodyContentSpec post(String body, int status) {
		return this.province.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody();
	}

}
