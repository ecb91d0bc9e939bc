package vn.mttq.giamsat.notification;

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
class NotificationOpenApiTests {

	@LocalServerPort
	int port;

	@Test
	void theServedApiIsTheCommittedOne() {
		OpenApiDocument.servedAt(this.port).assertCommittedAs("notification-service");
	}

	@Test
	void goingBackToTheShippedWordingAnswers204WithoutABody() {
		JsonNode responses = operation("/api/v1/templates/{language}/{key}", "delete").path("responses");
		assertThat(responses.has("200")).isFalse();
		assertThat(responses.path("204").has("content")).isFalse();
		assertThat(responses.path("404").path("description").asString()).contains("`not-found`");
	}

	@Test
	void settingContactsAnswersTheContactsOrAFieldOfTheWrongFormOrAnAddressRefused() {
		JsonNode responses = operation("/api/v1/organisations/{orgId}/contacts", "put").path("responses");
		assertThat(responses.path("200").path("content").findValue("$ref").asString()).endsWith("/ContactsView");
		assertThat(responses.path("400").path("description").asString()).contains("`validation`");
		assertThat(responses.path("422")
			.path("content")
			.path("application/problem+json")
			.path("schema")
			.path("$ref")
			.asString()).isEqualTo("#/components/schemas/Problem");
	}

	@Test
	void theCallerReadFromTheTokenIsNoParameter() {
		JsonNode document = JsonMapper.builder().build().readTree(OpenApiDocument.servedAt(this.port).text());

		assertThat(document.path("paths").findValues("parameters"))
			.allSatisfy((parameters) -> assertThat(parameters.findValuesAsString("name")).doesNotContain("actor"));
		assertThat(document.path("components").path("schemas").has("Actor")).isFalse();
	}

	private JsonNode operation(String path, String method) {
		JsonNode document = JsonMapper.builder().build().readTree(OpenApiDocument.servedAt(this.port).text());
		JsonNode operation = document.path("paths").path(path).path(method);
		assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
		return operation;
	}

}
