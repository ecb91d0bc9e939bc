package vn.mttq.giamsat.support.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.web.openapi.OpenApiDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The test application's OpenAPI document lists every operation's problems and its real
 * success, and is compared with the committed one as a service's is.
 */
@WithLocalStack
@SpringBootTest(classes = ProblemTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=problem-tests", "spring.mongodb.database=problem-tests",
				"giamsat.http.json.max-string-length=1000" })
class OpenApiDocumentTests {

	static final Path COMMITTED = OpenApiDocument.repositoryRoot()
		.resolve("service-support/src/test/resources/openapi/problem-test-application.json");

	@LocalServerPort
	int port;

	@Test
	void theServedDocumentIsTheCommittedOne() {
		OpenApiDocument.servedAt(this.port).assertCommittedAt(COMMITTED);
	}

	@Test
	void aDocumentThatDiffersFailsSayingHowToRefreshIt(@TempDir Path dir) throws Exception {
		Path old = Files.writeString(dir.resolve("old.json"), "{ }\n");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> OpenApiDocument.servedAt(this.port).assertCommittedAt(old))
			.withMessageContaining("is not the API the service serves now")
			.withMessageContaining("-Dopenapi.write=true")
			.withMessageContaining("First difference at line 1");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> OpenApiDocument.servedAt(this.port).assertCommittedAt(dir.resolve("none.json")))
			.withMessageContaining("does not exist");
	}

	@Test
	void theDocumentIsTheSameFromRunToRun() {
		String served = OpenApiDocument.servedAt(this.port).text();
		assertThat(served).doesNotContain(":" + this.port).doesNotContain("\"servers\"");
		assertThat(OpenApiDocument.of(served).text()).isEqualTo(served);
	}

	@Test
	void everyOperationListsTheProblemsItCanAnswerWith() {
		JsonNode paths = document().path("paths");
		JsonNode create = paths.path("/api/things").path("post").path("responses");
		assertThat(create.propertyNames()).contains("400", "401", "403", "409", "413", "415", "422", "503")
			.doesNotContain("404", "412");
		assertThat(create.path("400")
			.path("content")
			.path("application/problem+json")
			.path("schema")
			.path("$ref")
			.asString()).isEqualTo("#/components/schemas/Problem");
		assertThat(create.path("400").path("description").asString()).contains("`validation`")
			.contains("`malformed-request`");
		JsonNode search = paths.path("/api/things").path("get").path("responses");
		assertThat(search.propertyNames()).contains("400", "401", "403", "503").doesNotContain("404", "413", "415");
		assertThat(paths.path("/api/things/{id}").path("get").path("responses").propertyNames()).contains("404");
		assertThat(paths.path("/api/things/{id}/close").path("post").path("responses").propertyNames())
			.contains("404", "409", "412")
			.doesNotContain("428");
		assertThat(paths.path("/api/things/{id}/reopen").path("post").path("responses").propertyNames()).contains("409",
				"412", "428");
	}

	@Test
	void anOperationAnswersWithTheSuccessItDeclares() {
		JsonNode paths = document().path("paths");
		JsonNode created = paths.path("/api/things").path("post").path("responses");
		assertThat(created.propertyNames()).contains("201").doesNotContain("200");
		assertThat(created.path("201").path("headers").path("Location").path("schema").path("type").asString())
			.isEqualTo("string");
		assertThat(created.path("201").path("content").isMissingNode()).isFalse();
		JsonNode put = paths.path("/api/things/{id}").path("put").path("responses");
		assertThat(put.propertyNames()).contains("200", "201");
		assertThat(put.path("201").path("headers").has("Location")).isTrue();
		assertThat(put.path("200").path("headers").has("Location")).isFalse();
		assertThat(put.path("200").path("content")).isEqualTo(put.path("201").path("content"));
		JsonNode closed = paths.path("/api/things/{id}/close").path("post").path("responses");
		assertThat(closed.propertyNames()).contains("204").doesNotContain("200");
		assertThat(closed.path("204").path("content").isMissingNode()).isTrue();
	}

	@Test
	void theProblemSchemaHasEveryMemberAProblemMayCarry() {
		JsonNode problem = document().path("components").path("schemas").path("Problem").path("properties");
		assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "errors",
				"totalErrors", "currentState", "allowedActions", "currentVersion", "existingId");
		assertThat(problem.path("errors").path("items").path("properties").propertyNames()).contains("field",
				"message");
	}

	private JsonNode document() {
		return JsonMapper.builder().build().readTree(OpenApiDocument.servedAt(this.port).text());
	}

}
