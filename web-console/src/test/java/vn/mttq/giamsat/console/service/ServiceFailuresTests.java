package vn.mttq.giamsat.console.service;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.http.client.MockClientHttpResponse;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ServiceFailuresTests {

	@Test
	void aProblemAnswerBecomesAProblemWithItsFieldErrors() {
		MockClientHttpResponse answer = new MockClientHttpResponse(("{\"type\":\"urn:giamsat:problem:business-rule\","
				+ "\"title\":\"Business rule\",\"status\":422,\"detail\":\"Thiếu nội dung\","
				+ "\"errors\":[{\"field\":\"note\",\"message\":\"Cần nêu lý do\"}],\"currentVersion\":3}")
			.getBytes(StandardCharsets.UTF_8), HttpStatus.UNPROCESSABLE_CONTENT);

		assertThatExceptionOfType(ServiceProblem.class)
			.isThrownBy(() -> ServiceFailures.check(Service.RECOMMENDATION, answer))
			.satisfies((problem) -> {
				assertThat(problem.status()).isEqualTo(422);
				assertThat(problem.is("business-rule")).isTrue();
				assertThat(problem.detail()).isEqualTo("Thiếu nội dung");
				assertThat(problem.errors()).containsExactly(new ServiceProblem.FieldError("note", "Cần nêu lý do"));
				assertThat(problem.property("currentVersion")).isEqualTo(3);
			});
	}

	@Test
	void aServiceThatIsDownIsUnavailable() {
		MockClientHttpResponse answer = new MockClientHttpResponse(new byte[0], HttpStatus.SERVICE_UNAVAILABLE);

		assertThatExceptionOfType(ServiceUnavailable.class)
			.isThrownBy(() -> ServiceFailures.check(Service.NOTIFICATION, answer))
			.satisfies((unavailable) -> assertThat(unavailable.service()).isEqualTo(Service.NOTIFICATION));
	}

	@Test
	void aRefusedTokenSignsThePersonInAgain() {
		MockClientHttpResponse answer = new MockClientHttpResponse(new byte[0], HttpStatus.UNAUTHORIZED);

		assertThatExceptionOfType(ClientAuthorizationRequiredException.class)
			.isThrownBy(() -> ServiceFailures.check(Service.SUPERVISION, answer));
	}

	@Test
	void anAnswerThatIsNotJsonIsStillAProblem() {
		MockClientHttpResponse answer = new MockClientHttpResponse(
				"<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8), HttpStatus.BAD_REQUEST);

		assertThatExceptionOfType(ServiceProblem.class)
			.isThrownBy(() -> ServiceFailures.check(Service.SUPERVISION, answer))
			.satisfies((problem) -> assertThat(problem.errors()).isEmpty());
	}

}
