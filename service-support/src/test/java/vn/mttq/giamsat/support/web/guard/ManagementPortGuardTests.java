package vn.mttq.giamsat.support.web.guard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;

import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The management port, which answers without a token, refuses a bad query string as the
 * API does: 400 problem+json with the security headers, never 500.
 */
@WithLocalStack
@SpringBootTest(classes = RequestGuardTests.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=management-guard-tests",
				"spring.mongodb.database=management-guard-tests", "management.server.port=0" })
class ManagementPortGuardTests {

	@LocalManagementPort
	int managementPort;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aQueryStringThatIsNotUtf8IsABadRequestWithoutAToken() throws Exception {
		assertRefused(get("/actuator/health?x=%FF"));
		assertRefused(get("/actuator/prometheus?name=%C3%28"));
	}

	@Test
	void theErrorPageOfTheManagementPortIsNotFound() throws Exception {
		HttpResponse<String> answer = get("/error");
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void healthStillAnswers() throws Exception {
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
	}

	private void assertRefused(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.managementPort + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
