package vn.mttq.giamsat.supervision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	RestTestClient http;

	RestTestClient management;

	RestTestClient operator;

	@BeforeEach
	void client(LocalIssuer issuer) {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		this.management = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.managementPort).build();
		this.operator = Callers.as(this.managementPort, issuer, "ubmttq-tinh-ops", "MONITOR");
	}

	@Test
	void isReadyOnTheWireServerBecauseTheDatabaseIsCheckedByPing() {
		this.operator.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mongo.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mongo.details.database")
			.isEqualTo("supervision");
	}

	@Test
	void reportsTheOutboxBacklogInHealth() {
		this.operator.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.outbox.details.pending")
			.isNumber()
			.jsonPath("$.components.outbox.details.oldestPendingSeconds")
			.isNumber();
	}

	@Test
	void isLive() {
		this.management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
	}

	@Test
	void exposesPrometheusMetricsTaggedWithTheApplication() {
		String metrics = this.management.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics).contains("application=\"supervision-service\"")
			.contains("outbox_pending{")
			.contains("outbox_oldest_age_seconds{");
	}

	@Test
	void answersServiceUnavailableWhileTheDatabaseIsDown(LocalStack stack) {
		RestTestClient official = Callers.as(this.port, stack.issuer(), "ubmttq-tinh-db", "FRONT_OFFICIAL");
		stack.mongo().stop();
		try {
			official.get()
				.uri("/api/v1/activities")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.valueEquals("Retry-After", "5")
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:giamsat:problem:unavailable");
		}
		finally {
			stack.mongo().start();
		}
		official.get().uri("/api/v1/activities").exchange().expectStatus().isOk();
	}

	@Test
	void showsTheBuildAndTheCommitToAnOperatorOnly() {
		this.management.get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
		RestTestClient.BodyContentSpec info = this.operator.get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.build.version")
			.isNotEmpty()
			.jsonPath("$.build.time")
			.isNotEmpty();
		if (builtInAGitCheckout()) {
			info.jsonPath("$.git.commit.id").isNotEmpty();
		}
		else {
			info.jsonPath("$.git.commit.id").doesNotExist();
		}
	}

	@Test
	void servesTheApplicationsBillOfMaterialsToAnOperatorOnly() {
		this.management.get().uri("/actuator/sbom").exchange().expectStatus().isUnauthorized();
		this.operator.get()
			.uri("/actuator/sbom")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ids")
			.value(List.class, (ids) -> assertThat(ids).contains("application"));
		this.operator.get()
			.uri("/actuator/sbom/application")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.bomFormat")
			.isEqualTo("CycloneDX")
			.jsonPath("$.metadata.component.name")
			.isEqualTo("supervision-service");
	}

	/**
	 * The build finds a commit only in a repository above the module.
	 */
	private static boolean builtInAGitCheckout() {
		for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
			if (Files.exists(directory.resolve(".git"))) {
				return true;
			}
		}
		return false;
	}

	@Test
	void keepsActuatorOffTheApiPort() {
		this.http.get().uri("/actuator/prometheus").exchange().expectStatus().is4xxClientError();
	}

	@Test
	void sendsSecurityHeadersWithApiAnswers() {
		this.http.get()
			.uri("/api/v1/activities")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesABodyOverTheLimitBeforeReadingIt() {
		this.http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"title\": \"" + "x".repeat(1_100_000) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:payload-too-large");
	}

	@Test
	void describesItsApiInOpenApi() {
		Map<?, ?> document = this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		assertThat(((Map<?, ?>) document.get("info")).get("title")).isEqualTo("supervision-service API");
		Set<String> paths = ((Map<?, ?>) document.get("paths")).keySet()
			.stream()
			.map(Object::toString)
			.collect(Collectors.toSet());
		assertThat(paths).contains("/api/v1/activities", "/api/v1/activities/{id}",
				"/api/v1/activities/{activityId}/letters", "/api/v1/activities/{activityId}/letters/{letterId}");
	}

}
