package vn.mttq.giamsat.supervision;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTests {

	@LocalServerPort
	int port;

	RestTestClient http;

	@BeforeEach
	void client() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void isReadyOnTheWireServerBecauseTheDatabaseIsCheckedByPing() {
		this.http.get()
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
	void isLive() {
		this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
	}

	@Test
	void exposesPrometheusMetricsTaggedWithTheApplication() {
		String metrics = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics).contains("application=\"supervision-service\"");
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
