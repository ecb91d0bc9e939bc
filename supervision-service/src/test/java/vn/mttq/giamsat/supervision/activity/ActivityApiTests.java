package vn.mttq.giamsat.supervision.activity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityApiTests {

	@LocalServerPort
	int port;

	RestTestClient http;

	LocalIssuer issuer;

	@BeforeEach
	void client(LocalIssuer issuer) {
		this.issuer = issuer;
		this.http = as("ubmttq-tinh-db", "FRONT_OFFICIAL");
	}

	RestTestClient as(String organisation, String role) {
		return Callers.as(this.port, this.issuer, organisation, role);
	}

	@Autowired
	ActivityGauges gauges;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MongoTemplate mongo;

	@Test
	void theActivitiesGaugeCountsWhatIsStoredAndIsTheSameRightAfterARestart() {
		this.gauges.refresh();
		double before = activities(this.meters);

		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity("KH-GAUGE-" + UUID.randomUUID(), "PROVINCE", "2026-03-10"))
			.exchange()
			.expectStatus()
			.isCreated();
		this.gauges.refresh();

		assertThat(activities(this.meters)).isEqualTo(before + 1);
		SimpleMeterRegistry restarted = new SimpleMeterRegistry();
		new ActivityGauges(this.mongo, restarted, Duration.ofHours(1)).refresh();
		assertThat(activities(restarted)).isEqualTo(before + 1);
	}

	private static double activities(MeterRegistry meters) {
		Gauge gauge = meters.find(ActivityGauges.ACTIVITIES)
			.tags("kind", "SUPERVISION", "level", "PROVINCE", "form", "DELEGATION")
			.gauge();
		return (gauge != null) ? gauge.value() : 0;
	}

	@Test
	void recordsAnActivityAndShowsItAgain() {
		String id = this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity("KH-01/2026", "PROVINCE", "2026-03-10"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).startsWith("/api/v1/activities/"))
			.returnResult(ActivityView.class)
			.getResponseBody()
			.id();

		this.http.get()
			.uri("/api/v1/activities/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Giám sát việc hỗ trợ giống cây trồng")
			.jsonPath("$.form")
			.isEqualTo("DELEGATION")
			.jsonPath("$.supervisedAgencyIds")
			.<List<String>>value((values) -> assertThat(values).containsExactlyInAnyOrder("so-nong-nghiep-db",
					"ubnd-xa-muong-phang"));
	}

	@Test
	void recordsTheSignedInOfficialAndTheirOwnBodyByDefault() {
		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity(null, "PROVINCE", "2026-03-10").replace("\"supervisingBodyId\": \"ubmttq-tinh-db\",", ""))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.supervisingBodyId")
			.isEqualTo("ubmttq-tinh-db")
			.jsonPath("$.recordedBy.userId")
			.isEqualTo("canbo.ubmttq-tinh-db")
			.jsonPath("$.recordedBy.organisationId")
			.isEqualTo("ubmttq-tinh-db");
	}

	@Test
	void forbidsRecordingForAnotherFrontBody() {
		as("ubmttq-xa-khac", "FRONT_OFFICIAL").post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity(null, "PROVINCE", "2026-03-10"))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:forbidden");
	}

	@Test
	void showsAnAgencyOfficerOnlyTheActivitiesThatSuperviseTheirAgency() {
		String agency = "so-" + System.nanoTime();
		as("ubmttq-tinh-db", "ADMIN").put()
			.uri("/api/v1/organisations/{id}", agency)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "name": "Sở mới", "kind": "DEPARTMENT", "level": "PROVINCE",
					  "administrativeUnitId": "tinh-thu-nghiem", "parentId": "ubnd-tinh-db", "validFrom": "2020-01-01" }""")
			.exchange()
			.expectStatus()
			.isCreated();
		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity(null, "PROVINCE", "2026-03-10").replace("so-nong-nghiep-db", agency))
			.exchange()
			.expectStatus()
			.isCreated();

		as(agency, "AGENCY_OFFICER").get()
			.uri("/api/v1/activities")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(1);
	}

	@Test
	void namesEveryMissingField() {
		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"title\": \"\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:validation")
			.jsonPath("$.errors[*].field")
			.<List<String>>value((values) -> assertThat(values).containsExactlyInAnyOrder("kind", "startDate",
					"supervisedAgencyIds", "title"));
	}

	@Test
	void rejectsTheDistrictLevelAfterTheTwoLevelReform() {
		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity(null, "DISTRICT", "2025-07-01"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("level");
	}

	@Test
	void acceptsTheDistrictLevelBeforeTheReform() {
		as("ubmttq-huyen-db", "FRONT_OFFICIAL").post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity(null, "DISTRICT", "2025-06-30").replace("ubmttq-tinh-db", "ubmttq-huyen-db")
				.replace("\"so-nong-nghiep-db\", \"ubnd-xa-muong-phang\"", "\"ubnd-huyen-db\""))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.level")
			.isEqualTo("DISTRICT");
	}

	@Test
	void rejectsALevelThatIsNotTheSupervisingBodysOwn() {
		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity(null, "COMMUNE", "2026-03-10"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("level");
	}

	@Test
	void rejectsASupervisedPartyThatDidNotExistOnTheActivitysDate() {
		// Mường Phăng's People's Committee of today exists from the reform on.
		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity(null, "PROVINCE", "2025-05-10"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("supervisedAgencyIds[1]")
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).contains("01/07/2025"));
	}

	@Test
	void rejectsAnUnknownSupervisedParty() {
		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity(null, "PROVINCE", "2026-03-10").replace("so-nong-nghiep-db", "so-khong-co"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("supervisedAgencyIds[0]");
	}

	@Test
	void answersConflictWithTheExistingIdWhenAReferenceIsRecordedTwice() {
		String first = this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity("KH-DUP/2026", "PROVINCE", "2026-03-10"))
			.exchange()
			.returnResult(ActivityView.class)
			.getResponseBody()
			.id();

		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity("KH-DUP/2026", "PROVINCE", "2026-03-10"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.existingId")
			.isEqualTo(first);
	}

	@Test
	void namesTheFieldOfAnUnknownEnumValue() {
		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity(null, "PROVINCE", "2026-03-10").replace("DELEGATION", "TELEPATHY"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("form");
	}

	@Test
	void namesAnImpossibleDate() {
		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity(null, "PROVINCE", "2026-02-30"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("startDate");
	}

	@Test
	void rejectsAnUnknownField() {
		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity(null, "PROVINCE", "2026-03-10").replace("\"title\"", "\"titel\": \"x\", \"title\""))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("titel");
	}

	@Test
	void rejectsMalformedJson() {
		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"kind\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:malformed-request");
	}

	@Test
	void answersNotFoundForAnUnknownActivity() {
		this.http.get()
			.uri("/api/v1/activities/{id}", "no-such-activity")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:not-found");
	}

	@Test
	void listsActivitiesOfOneBodyByPage() {
		RestTestClient commune = as("ubmttq-xa-thanh-nua", "FRONT_OFFICIAL");
		for (int i = 0; i < 3; i++) {
			commune.post()
				.uri("/api/v1/activities")
				.contentType(MediaType.APPLICATION_JSON)
				.body(activity(null, "COMMUNE", "2026-04-0" + (i + 1)).replace("ubmttq-tinh-db", "ubmttq-xa-thanh-nua"))
				.exchange()
				.expectStatus()
				.isCreated();
		}

		this.http.get()
			.uri("/api/v1/activities?supervisingBodyId=ubmttq-xa-thanh-nua&size=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(3)
			.jsonPath("$.content.length()")
			.isEqualTo(2)
			.jsonPath("$.content[0].startDate")
			.isEqualTo("2026-04-03");
	}

	@Test
	void rejectsAPageSizeOverTheLimit() {
		this.http.get()
			.uri("/api/v1/activities?size=5000")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
	}

	static String activity(String reference, String level, String startDate) {
		String ref = (reference != null) ? "\"reference\": \"" + reference + "\"," : "";
		return """
				{ %s
				  "kind": "SUPERVISION",
				  "title": "Giám sát việc hỗ trợ giống cây trồng",
				  "supervisingBodyId": "ubmttq-tinh-db",
				  "supervisedAgencyIds": ["so-nong-nghiep-db", "ubnd-xa-muong-phang"],
				  "form": "DELEGATION",
				  "level": "%s",
				  "startDate": "%s"
				}""".formatted(ref, level, startDate);
	}

}
