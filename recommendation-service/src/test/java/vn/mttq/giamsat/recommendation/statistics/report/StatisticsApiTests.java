package vn.mttq.giamsat.recommendation.statistics.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.statistics.LifecycleEvents;
import vn.mttq.giamsat.recommendation.statistics.StatisticsTestClock;
import vn.mttq.giamsat.recommendation.statistics.counting.AgencyStatisticsProjection;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees which rows, ordering, and problems that name the parameter at fault. The items
 * are issued in 2025-07, a month no other test uses.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatisticsTestClock.class)
class StatisticsApiTests {

	static final String PERIOD = "from=2025-07&to=2025-07";

	@LocalServerPort
	int port;

	@Autowired
	AgencyStatisticsProjection projection;

	LocalIssuer issuer;

	String own = "so-y-te-" + UUID.randomUUID();

	String other = "so-xay-dung-" + UUID.randomUUID();

	@BeforeEach
	void data(LocalIssuer issuer) {
		this.issuer = issuer;
		// Own agency: five items, two overdue; the other: six items, one overdue.
		for (int i = 0; i < 5; i++) {
			issue(this.own, (i < 2) ? "2025-08-01" : "2026-12-01");
		}
		for (int i = 0; i < 6; i++) {
			issue(this.other, (i < 1) ? "2025-08-01" : "2026-12-01");
		}
	}

	@Test
	void anAgencyOfficerSeesOnlyTheirOwnAgencysRows() {
		as(this.own, "AGENCY_OFFICER").get()
			.uri("/api/v1/statistics/agencies?" + PERIOD)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.rows[*].agencyId")
			.<List<String>>value((agencies) -> assertThat(agencies).containsExactly(this.own))
			.jsonPath("$.total.issued")
			.isEqualTo(5);

		byte[] csv = as(this.own, "AGENCY_OFFICER").get()
			.uri("/api/v1/statistics/agencies.csv?" + PERIOD)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains(this.own).doesNotContain(this.other);
	}

	@Test
	void anAgencyOfficerAskingForAnotherAgencyIsForbidden() {
		for (String path : List.of("/api/v1/statistics/agencies", "/api/v1/statistics/agencies.csv")) {
			as(this.own, "AGENCY_OFFICER").get()
				.uri(path + "?agencyId={a}", this.other)
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void monitorsFrontOfficialsAndAdministratorsSeeEveryAgency() {
		for (String role : List.of("MONITOR", "FRONT_OFFICIAL", "ADMIN")) {
			as("ubmttq-tinh-dien-bien", role).get()
				.uri("/api/v1/statistics/agencies?" + PERIOD)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.rows[*].agencyId")
				.<List<String>>value((agencies) -> assertThat(agencies).contains(this.own, this.other));
		}
	}

	@Test
	void callersWithoutATokenOrARoleAreRejected() {
		RestTestClient anonymous = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		anonymous.get().uri("/api/v1/statistics/agencies").exchange().expectStatus().isUnauthorized();
		anonymous.get().uri("/api/v1/statistics/agencies.csv").exchange().expectStatus().isUnauthorized();
		RestTestClient roleless = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader("Authorization", "Bearer " + this.issuer.token("client", this.own))
			.build();
		roleless.get().uri("/api/v1/statistics/agencies").exchange().expectStatus().isForbidden();
		roleless.get().uri("/api/v1/statistics/agencies.csv").exchange().expectStatus().isForbidden();
	}

	@Test
	void ranksByMostOverdue() {
		as("ubmttq-tinh-dien-bien", "MONITOR").get()
			.uri("/api/v1/statistics/agencies?" + PERIOD + "&sort=overdue&agencyId={a}", this.own)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sort")
			.isEqualTo("overdue")
			.jsonPath("$.direction")
			.isEqualTo("desc")
			.jsonPath("$.rows[0].rank")
			.isEqualTo(1)
			.jsonPath("$.rows[0].overdue")
			.isEqualTo(2);
	}

	@Test
	void namesTheParameterOfAnUnreadableValue() {
		assertNames("from=march", 400, "from");
		assertNames("to=2026-4", 400, "to");
		assertNames("sort=best", 400, "sort");
		assertNames("direction=up", 400, "direction");
		assertNames("level=GALAXY", 400, "level");
		as("ubmttq-tinh-dien-bien", "MONITOR").get()
			.uri("/api/v1/statistics/agencies?size=0")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
	}

	@Test
	void aMonthOrDateThatDoesNotExistIsAMalformedParameter() {
		assertNames("from=2026-13", 400, "from");
		assertNames("to=2026-02-30", 400, "to");
	}

	@Test
	void namesTheParameterOfAPeriodThatCannotBe() {
		assertNames("from=2026-05&to=2026-04", 422, "from");
		assertNames("from=2020-01&to=2026-04", 422, "to");
	}

	private void assertNames(String query, int status, String parameter) {
		for (String path : List.of("/api/v1/statistics/agencies", "/api/v1/statistics/agencies.csv")) {
			as("ubmttq-tinh-dien-bien", "MONITOR").get()
				.uri(path + "?" + query)
				.exchange()
				.expectStatus()
				.isEqualTo(status)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(parameter);
		}
	}

	private void issue(String agency, String dueDate) {
		this.projection.apply(LifecycleEvents.tracked(agency, "PROVINCE", "2025-07-01", dueDate).latest());
	}

	private RestTestClient as(String organisation, String role) {
		return Callers.as(this.port, this.issuer, organisation, role);
	}

}
