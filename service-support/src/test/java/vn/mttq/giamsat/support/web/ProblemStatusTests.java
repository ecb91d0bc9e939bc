package vn.mttq.giamsat.support.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One status and one type per kind of refusal (docs/decisions/0007-problem-answers.md).
 */
@WithLocalStack
@SpringBootTest(classes = ProblemTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=problem-tests", "spring.mongodb.database=problem-tests",
				"giamsat.http.json.max-string-length=1000" })
class ProblemStatusTests {

	@LocalServerPort
	int port;

	ProblemRequests caller;

	@BeforeEach
	void caller(LocalIssuer issuer) {
		this.caller = new ProblemRequests(this.port,
				issuer.token("canbo.problems", "ubmttq-problems", "FRONT_OFFICIAL"), null);
	}

	@Test
	void aMissingIfMatchWhereItIsRequiredIsPreconditionRequired() {
		JsonNode problem = this.caller.post("/api/things/T-1/reopen", "").problem(428, "precondition-required");
		assertThat(problem.path("title").asString()).isEqualTo("Precondition required");
		assertThat(problem.path("detail").asString())
			.isEqualTo("This request must say in If-Match which version of the resource it acts on.");
		assertThat(this.caller.in("vi")
			.post("/api/things/T-1/reopen", "")
			.problem(428, "precondition-required")
			.path("title")
			.asString()).isEqualTo("Thiếu điều kiện If-Match");
	}

	@Test
	void aStaleIfMatchIsPreconditionFailedWithTheCurrentVersion() {
		JsonNode problem = this.caller.postIfMatch("/api/things/T-1/reopen", "\"2\"").problem(412, "stale-version");
		assertThat(problem.path("currentVersion").asLong()).isEqualTo(3);
		assertThat(this.caller.postIfMatch("/api/things/T-1/reopen", "\"3\"").response().statusCode()).isEqualTo(204);
	}

	@Test
	void aStepTheStateDoesNotAllowIsAConflictWithTheAllowedActions() {
		JsonNode problem = this.caller.post("/api/things/T-1/close", "").problem(409, "invalid-state");
		assertThat(problem.path("allowedActions").get(0).asString()).isEqualTo("REOPEN");
	}

}
