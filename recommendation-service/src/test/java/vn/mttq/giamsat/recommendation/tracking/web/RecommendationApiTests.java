package vn.mttq.giamsat.recommendation.tracking.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.tracking.RecommendationStatus;
import vn.mttq.giamsat.recommendation.tracking.RecommendationTracking;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	RecommendationTracking tracking;

	@Autowired
	MongoTemplate mongo;

	RestTestClient http;

	LocalIssuer issuer;

	@BeforeEach
	void client(LocalIssuer issuer) {
		this.issuer = issuer;
		this.http = as("ubmttq-tinh-dien-bien", "FRONT_OFFICIAL");
	}

	RestTestClient as(String organisation, String role) {
		return Callers.as(this.port, this.issuer, organisation, role);
	}

	@Test
	void listsOneAgencysRecommendationsByStatus() {
		String agency = "ubnd-xa-" + UUID.randomUUID();
		track(agency);
		track(agency);
		track("someone-else");

		this.http.get()
			.uri("/api/v1/recommendations?agencyId={a}&status=AWAITING_RESPONSE", agency)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(2)
			.jsonPath("$.content[*].addresseeAgencyId")
			.<List<String>>value((agencies) -> assertThat(agencies).containsOnly(agency));
	}

	@Test
	void showsAnAgencyOfficerOnlyTheirOwnAgencysRecommendations() {
		String agency = "ubnd-xa-" + UUID.randomUUID();
		track(agency);
		track("someone-else");

		as(agency, "AGENCY_OFFICER").get()
			.uri("/api/v1/recommendations")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(1);
		as(agency, "AGENCY_OFFICER").get()
			.uri("/api/v1/recommendations?agencyId=someone-else")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void theFrontsBodySeesOnlyTheItemsItIssued() {
		String body = "ubmttq-xa-" + UUID.randomUUID();
		String first = track(body, "so-tai-chinh-dien-bien");
		String second = track(body, "ubnd-xa-muong-phang");
		track("ubmttq-tinh-dien-bien", "so-tai-chinh-dien-bien");

		this.http.get()
			.uri("/api/v1/recommendations?issuingBodyId={b}", body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(2)
			.jsonPath("$.content[*].id")
			.<List<String>>value((ids) -> assertThat(ids).containsExactlyInAnyOrder(first, second))
			.jsonPath("$.content[*].issuingBodyId")
			.<List<String>>value((bodies) -> assertThat(bodies).containsOnly(body));
	}

	@Test
	void theFrontsBodySeesItsOverdueItemsWhateverOtherBodiesIssued() {
		String body = "ubmttq-xa-" + UUID.randomUUID();
		String overdue = markedOverdue(track(body, "so-tai-chinh-dien-bien"));
		track(body, "so-tai-chinh-dien-bien");
		markedOverdue(track("ubmttq-tinh-dien-bien", "so-tai-chinh-dien-bien"));

		assertThat(ids("/api/v1/recommendations?issuingBodyId={b}&overdue=true", body)).containsExactly(overdue);
	}

	@Test
	void theFrontsBodySeesItsItemsInAStatus() {
		String body = "ubmttq-xa-" + UUID.randomUUID();
		String overdue = markedOverdue(track(body, "so-tai-chinh-dien-bien"));
		String waiting = track(body, "so-tai-chinh-dien-bien");

		assertThat(ids("/api/v1/recommendations?issuingBodyId={b}&status=AWAITING_RESPONSE", body))
			.containsExactly(waiting);
		assertThat(ids("/api/v1/recommendations?issuingBodyId={b}&status=OVERDUE&overdue=true", body))
			.containsExactly(overdue);
		assertThat(ids("/api/v1/recommendations?issuingBodyId={b}&status=ESCALATED&overdue=true", body)).isEmpty();
	}

	@Test
	void anAgencyOfficerAskingForAnIssuerStillSeesOnlyTheirAgencysItems() {
		String body = "ubmttq-xa-" + UUID.randomUUID();
		String agency = "ubnd-xa-" + UUID.randomUUID();
		String own = track(body, agency);
		track(body, "so-tai-chinh-dien-bien");

		as(agency, "AGENCY_OFFICER").get()
			.uri("/api/v1/recommendations?issuingBodyId={b}", body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(1)
			.jsonPath("$.content[0].id")
			.isEqualTo(own);
	}

	@Test
	void hidesAnotherAgencysRecommendationAsNotFound() {
		String id = track("so-tai-chinh-dien-bien");

		as("ubnd-xa-khac", "AGENCY_OFFICER").get()
			.uri("/api/v1/recommendations/{id}", id)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void showsOneRecommendationWithItsHistory() {
		String id = track("so-tai-chinh-dien-bien");

		this.http.get()
			.uri("/api/v1/recommendations/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("AWAITING_RESPONSE")
			.jsonPath("$.history[0].actorOrganisationId")
			.isEqualTo("ubmttq-tinh-dien-bien")
			.jsonPath("$.dueDate")
			.isEqualTo("2026-12-21");
	}

	@Test
	void showsTheProvisionalDueDateAndTheOfficialsPeriodAsFields() {
		String id = UUID.randomUUID().toString();
		this.tracking.track(new RecommendationIssued(UUID.randomUUID().toString(), Instant.now(), id, "letter-1",
				"125/KN-MTTQ-BTT", "activity-1", "ubmttq-tinh-dien-bien", "so-tai-chinh-dien-bien",
				"Công khai danh sách", LocalDate.of(2026, 11, 20), null, null, null, null, null, null, List.of(),
				new RecommendationIssued.DueRule(10, "WORKING_DAYS")));

		this.http.get()
			.uri("/api/v1/recommendations/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.dueRule.days")
			.isEqualTo(10)
			.jsonPath("$.dueRule.counting")
			.isEqualTo("WORKING_DAYS")
			.jsonPath("$.dueDateProvisional")
			.isEqualTo(true)
			.jsonPath("$.provisionalDueDate")
			.isEqualTo("2026-12-07")
			.jsonPath("$.dueDate")
			.isEqualTo("2026-12-07");
	}

	@Test
	void answersNotFoundAsProblemJson() {
		this.http.get()
			.uri("/api/v1/recommendations/{id}", "unknown")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void namesAnUnknownStatus() {
		this.http.get()
			.uri("/api/v1/recommendations?status=FORGOTTEN")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
	}

	private String track(String agency) {
		return track("ubmttq-tinh-dien-bien", agency);
	}

	private String track(String issuingBody, String agency) {
		String id = UUID.randomUUID().toString();
		this.tracking.track(new RecommendationIssued(UUID.randomUUID().toString(), Instant.now(), id, "letter-1",
				"125/KN-MTTQ-BTT", "activity-1", issuingBody, agency, "Công khai danh sách", LocalDate.of(2026, 11, 20),
				LocalDate.of(2026, 12, 21)));
		return id;
	}

	/**
	 * Stores the item as the scheduler leaves it once its due date has passed unanswered.
	 */
	private String markedOverdue(String id) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				Update.update("status", RecommendationStatus.OVERDUE), TrackedRecommendation.class);
		return id;
	}

	private List<String> ids(String uri, Object... variables) {
		List<String> ids = new ArrayList<>();
		this.http.get()
			.uri(uri, variables)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].id")
			.<List<String>>value(ids::addAll);
		return ids;
	}

}
