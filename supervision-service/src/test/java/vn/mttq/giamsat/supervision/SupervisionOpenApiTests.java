package vn.mttq.giamsat.supervision;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.web.openapi.OpenApiDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the service serves is the one committed under
 * {@code docs/openapi/}, and it tells each operation's real success and problems.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisionOpenApiTests {

	@LocalServerPort
	int port;

	@Test
	void theServedApiIsTheCommittedOne() {
		OpenApiDocument.servedAt(this.port).assertCommittedAs("supervision-service");
	}

	@Test
	void issuingALetterAnswers201WithItsLocationOrABrokenRule() {
		JsonNode responses = operation("/api/v1/activities/{activityId}/letters", "post").path("responses");
		assertThat(responses.has("200")).isFalse();
		assertThat(responses.path("201").path("headers").path("Location").path("required").asBoolean()).isTrue();
		assertThat(responses.path("201").path("content").findValue("$ref").asString()).endsWith("/LetterView");
		JsonNode rule = responses.path("422");
		assertThat(rule.path("description").asString()).contains("`business-rule`");
		assertThat(rule.path("content").path("application/problem+json").path("schema").path("$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
	}

	@Test
	void aPutThatCreatesOrReplacesAnswersBoth() {
		JsonNode responses = operation("/api/v1/organisations/{id}", "put").path("responses");
		assertThat(responses.has("200")).isTrue();
		assertThat(responses.path("201").path("headers").has("Location")).isTrue();
	}

	@Test
	void aFileImportIsAcceptedAsAJobWithItsLocation() {
		JsonNode responses = operation("/api/v1/directory/import/organisations", "post").path("responses");
		assertThat(responses.has("200")).isFalse();
		assertThat(responses.path("202").path("headers").has("Location")).isTrue();
	}

	@Test
	void addingAPaperIsAMultipartUploadOfABinaryFileAnsweredWithItsLocationOrARefusal() {
		JsonNode operation = operation("/api/v1/activities/{activityId}/documents", "post");
		JsonNode file = operation.path("requestBody").path("content").path("multipart/form-data").path("schema");
		assertThat(file.path("properties").path("file").path("format").asString()).isEqualTo("binary");
		JsonNode responses = operation.path("responses");
		assertThat(responses.path("201").path("headers").has("Location")).isTrue();
		assertThat(responses.path("413").path("description").asString()).contains("`payload-too-large`");
		assertThat(responses.path("415").path("description").asString()).contains("`document-type-not-allowed`");
		assertThat(operation("/api/v1/activities/{activityId}/documents/{documentId}", "get").path("responses")
			.path("410")
			.path("description")
			.asString()).contains("`document-purged`");
	}

	private JsonNode operation(String path, String method) {
		JsonNode document = JsonMapper.builder().build().readTree(OpenApiDocument.servedAt(this.port).text());
		JsonNode operation = document.path("paths").path(path).path(method);
		assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
		return operation;
	}

}
