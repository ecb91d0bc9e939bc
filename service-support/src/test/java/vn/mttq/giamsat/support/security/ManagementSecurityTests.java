package vn.mttq.giamsat.support.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The management port answers probes and the Prometheus scraper without a token, and
 * shows health's details and every other endpoint only to an operator (ADMIN or MONITOR).
 */
@WithLocalStack
@SpringBootTest(classes = ManagementSecurityTests.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=management-security-tests",
				"spring.mongodb.database=management-security-tests", "management.server.port=0" })
class ManagementSecurityTests {

	@LocalManagementPort
	int managementPort;

	LocalIssuer issuer;

	@BeforeEach
	void issuer(LocalIssuer issuer) {
		this.issuer = issuer;
	}

	@Test
	void healthShowsItsStatusOnlyWithoutAToken() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			assertStatusOnly(anonymous(), path);
		}
	}

	@Test
	void healthShowsItsDetailsToAnOperator() {
		for (String role : new String[] { "ADMIN", "MONITOR" }) {
			as(role).get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.components.mongo.details.database")
				.isEqualTo("management-security-tests")
				.jsonPath("$.components.diskSpace.details.path")
				.exists();
		}
	}

	@Test
	void healthShowsNoDetailsToAnotherRole() {
		assertStatusOnly(as("FRONT_OFFICIAL"), "/actuator/health");
	}

	@Test
	void prometheusIsScrapedWithoutAToken() {
		anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
	}

	@Test
	void theOtherEndpointsNeedAnOperatorsToken() {
		for (String path : new String[] { "/actuator", "/actuator/metrics", "/actuator/metrics/jvm.threads.live",
				"/actuator/info" }) {
			anonymous().get().uri(path).exchange().expectStatus().isUnauthorized();
			as("AGENCY_OFFICER").get().uri(path).exchange().expectStatus().isForbidden();
			as("MONITOR").get().uri(path).exchange().expectStatus().isOk();
		}
		as("ADMIN").get().uri("/actuator/metrics").exchange().expectStatus().isOk();
	}

	@Test
	void aTokenIsVerifiedOnceAndKeptForItsNextRequests() {
		RestTestClient monitor = as("MONITOR");
		for (int i = 0; i < 3; i++) {
			monitor.get().uri("/actuator/info").exchange().expectStatus().isOk();
		}

		monitor.get()
			.uri("/actuator/metrics/cache.gets?tag=cache:verifiedTokens&tag=result:hit")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.measurements[0].value")
			.value(Double.class, (hits) -> assertThat(hits).isGreaterThanOrEqualTo(3));
	}

	private static void assertStatusOnly(RestTestClient client, String path) {
		client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components")
			.doesNotExist();
	}

	private RestTestClient anonymous() {
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + this.managementPort).build();
	}

	private RestTestClient as(String role) {
		return Callers.as(this.managementPort, this.issuer, "ubmttq-management", role);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
