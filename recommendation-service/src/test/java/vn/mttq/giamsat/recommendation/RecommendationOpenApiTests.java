package vn.mttq.giamsat.recommendation;

import java.util.List;

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
 * {@code docs/openapi/}, and it tells each operation's real success, parameters and
 * problems.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationOpenApiTests {

	@LocalServerPort
	int port;

	@Test
	void theServedApiIsTheCommittedOne() {
		OpenApiDocument.servedAt(this.port).assertCommittedAs("recommendation-service");
	}

	@Test
	void takingAStepAnswers201WithTheStepsLocationAndTheRecommendationsNewETag() {
		JsonNode responses = operation("/api/v1/recommendations/{id}/steps", "post").path("responses");
		assertThat(responses.has("200")).isFalse();
		JsonNode created = responses.path("201");
		assertThat(created.path("headers").path("Location").path("required").asBoolean()).isTrue();
		assertThat(created.path("headers").has("ETag")).isTrue();
		assertThat(created.path("content").findValue("$ref").asString()).endsWith("/StepView");
		assertThat(responses.path("412").path("description").asString()).contains("`stale-version`");
		assertThat(responses.path("422").path("description").asString()).contains("`business-rule`");
	}

	@Test
	void aRecommendationIsShownWithTheETagToSendBack() {
		JsonNode ok = operation("/api/v1/recommendations/{id}", "get").path("responses").path("200");
		assertThat(ok.path("headers").has("ETag")).isTrue();
		assertThat(ok.path("content").findValue("$ref").asString()).endsWith("/RecommendationView");
	}

	@Test
	void theCallerComesFromTheTokenAndIsNoParameter() {
		List<String> parameters = document().path("paths")
			.valueStream()
			.flatMap(JsonNode::valueStream)
			.flatMap((operation) -> operation.path("parameters").valueStream())
			.map((parameter) -> parameter.path("name").asString())
			.toList();
		assertThat(parameters).isNotEmpty().doesNotContain("actor");
	}

	@Test
	void thePreviewNamesEachParameterWithWhatItMeansAndAnswers422ForAReceiptBeforeTheLetter() {
		JsonNode preview = operation("/api/v1/deadlines/preview", "get");
		assertThat(preview.path("description").asString()).isNotBlank();
		List<JsonNode> parameters = preview.path("parameters").valueStream().toList();
		assertThat(parameters).extracting((parameter) -> parameter.path("name").asString())
			.containsExactlyInAnyOrder("letterKind", "itemType", "activityKind", "supervisionForm", "level", "issuedOn",
					"receivedOn", "days", "counting");
		assertThat(parameters).allSatisfy((parameter) -> {
			assertThat(parameter.path("in").asString()).isEqualTo("query");
			assertThat(parameter.path("description").asString()).as(parameter.path("name").asString()).isNotBlank();
		});
		assertThat(parameters).filteredOn((parameter) -> parameter.path("name").asString().equals("issuedOn"))
			.singleElement()
			.satisfies((issuedOn) -> assertThat(issuedOn.path("required").asBoolean()).isTrue());
		assertThat(preview.path("responses").path("200").path("content").findValue("$ref").asString())
			.endsWith("/DeadlinePreview");
		assertThat(preview.path("responses").path("422").path("description").asString()).contains("`business-rule`",
				"receivedOn");
	}

	@Test
	void theCalendarNamesItsYearWithTheYearsItCovers() {
		JsonNode calendar = operation("/api/v1/calendar/{year}", "get");
		assertThat(calendar.path("description").asString()).isNotBlank();
		JsonNode year = calendar.path("parameters").get(0);
		assertThat(year.path("name").asString()).isEqualTo("year");
		assertThat(year.path("description").asString()).contains("2021", "2100");
		assertThat(calendar.path("responses").path("200").path("content").findValue("$ref").asString())
			.endsWith("/CalendarView");
	}

	@Test
	void theStatisticsAreJsonOrACsvFileAndAPeriodThatBreaksTheRulesIs422() {
		JsonNode csv = operation("/api/v1/statistics/agencies.csv", "get").path("responses");
		assertThat(csv.path("200").path("content").has("text/csv")).isTrue();
		assertThat(csv.path("200").path("headers").has("Content-Disposition")).isTrue();
		assertThat(csv.path("422").path("description").asString()).contains("`business-rule`");
		JsonNode json = operation("/api/v1/statistics/agencies", "get").path("responses");
		assertThat(json.path("200").path("content").findValue("$ref").asString()).endsWith("/StatisticsPage");
		assertThat(json.path("422").path("description").asString()).contains("`business-rule`");
	}

	private JsonNode operation(String path, String method) {
		JsonNode operation = document().path("paths").path(path).path(method);
		assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
		return operation;
	}

	private JsonNode document() {
		return JsonMapper.builder().build().readTree(OpenApiDocument.servedAt(this.port).text());
	}

}
