package vn.mttq.giamsat.support.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mttq.giamsat.support.web.ProblemRequests.Answer.message;

/**
 * A body or a parameter of the wrong shape is answered in plain words that name the field
 * and the shape expected, in English and Vietnamese, never with a Java type or a JSON
 * library's setting.
 */
@WithLocalStack
@SpringBootTest(classes = ProblemTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=problem-tests", "spring.mongodb.database=problem-tests",
				"giamsat.http.json.max-string-length=1000" })
class PlainWordsTests {

	private static final Pattern PROGRAMMERS_WORDS = Pattern.compile(
			"[A-Z][a-z]+[A-Z]\\w*Exception|java\\.|ArrayList|Integer|Long|LocalDate|FAIL_ON|DeserializationFeature");

	@LocalServerPort
	int port;

	ProblemRequests english;

	ProblemRequests vietnamese;

	final List<String> answers = new ArrayList<>();

	@BeforeEach
	void callers(LocalIssuer issuer) {
		this.english = new ProblemRequests(this.port,
				issuer.token("canbo.problems", "ubmttq-problems", "FRONT_OFFICIAL"), null);
		this.vietnamese = this.english.in("vi");
	}

	@AfterEach
	void noAnswerSpeaksJava() {
		assertThat(this.answers).isNotEmpty()
			.allSatisfy((answer) -> assertThat(answer).doesNotContainPattern(PROGRAMMERS_WORDS));
	}

	@Test
	void aFieldOfTheWrongShapeIsNamedWithTheShapeExpected() {
		assertField("{\"tags\":\"x\"}", "tags", "must be a list", "phải là một danh sách");
		assertField("{\"count\":\"abc\"}", "count", "must be a whole number", "phải là một số nguyên");
		assertField("{\"count\":1.5}", "count", "must be a whole number", "phải là một số nguyên");
		assertField("{\"total\":[1]}", "total", "must be a whole number", "phải là một số nguyên");
		assertField("{\"due\":\"2026-02-30\"}", "due", "must be a date such as 2026-04-02",
				"phải là một ngày, ví dụ 2026-04-02");
		assertField("{\"title\":{}}", "title", "must be text", "phải là văn bản");
		assertField("{\"urgent\":\"yes\"}", "urgent", "must be true or false", "phải là true hoặc false");
		assertField("{\"level\":\"GALAXY\"}", "level", "must be one of PROVINCE, DISTRICT, COMMUNE",
				"phải là một trong PROVINCE, DISTRICT, COMMUNE");
		assertField("{\"owner\":\"x\"}", "owner", "must be an object", "phải là một đối tượng");
		assertField("{\"levle\":\"PROVINCE\"}", "levle", "unknown field 'levle'", "trường không xác định 'levle'");
	}

	@Test
	void theDetailNamesTheField() {
		JsonNode problem = problem(this.english.post("/api/things", "{\"tags\":\"x\"}"));
		assertThat(problem.path("detail").asString()).isEqualTo("Field 'tags' must be a list.");
		JsonNode vietnamese = problem(this.vietnamese.post("/api/things", "{\"tags\":\"x\"}"));
		assertThat(vietnamese.path("detail").asString()).isEqualTo("Trường 'tags' phải là một danh sách.");
	}

	@Test
	void brokenJsonIsAnsweredWithItsLineAndColumn() {
		JsonNode problem = problem(this.english.post("/api/things", "{\n\"title\": \"a\",\n\"level\": }"));
		assertThat(problem.path("detail").asString()).isEqualTo("The body is not valid JSON (line 3, column 10).");
		assertThat(problem(this.vietnamese.post("/api/things", "{\"title\": ")).path("detail").asString())
			.startsWith("Nội dung không phải JSON hợp lệ (dòng 1, cột ");
		assertThat(problem(this.english.post("/api/things", "")).path("detail").asString())
			.isEqualTo("The request body is missing or cannot be read.");
	}

	@Test
	void theReadersLimitsAreSaidInPlainWords() {
		String deep = "[".repeat(40) + "]".repeat(40);
		assertThat(problem(this.english.post("/api/things", "{\"attributes\":{\"a\":" + deep + "}}")).path("detail")
			.asString()).isEqualTo("The body is nested more than 32 levels deep.");
		String nulls = IntStream.range(0, 20_001).mapToObj((i) -> "null").collect(Collectors.joining(","));
		assertThat(problem(this.vietnamese.post("/api/things", "{\"tags\":[" + nulls + "]}")).path("detail").asString())
			.isEqualTo("Nội dung có quá nhiều phần tử (tối đa 20000).");
		assertThat(problem(this.english.post("/api/things", "{\"title\":\"" + "x".repeat(1_001) + "\"}")).path("detail")
			.asString()).isEqualTo("A text in the body is longer than 1000 characters.");
	}

	@Test
	void aParameterOfTheWrongShapeIsNamedWithTheShapeExpected() {
		assertParameter("/api/things?page=abc", "page", "must be a whole number", "phải là một số nguyên");
		assertParameter("/api/things?level=GALAXY", "level", "must be one of PROVINCE, DISTRICT, COMMUNE",
				"phải là một trong PROVINCE, DISTRICT, COMMUNE");
		assertParameter("/api/things?from=2026-13-01", "from", "must be a date such as 2026-04-02",
				"phải là một ngày, ví dụ 2026-04-02");
	}

	private void assertField(String body, String field, String english, String vietnamese) {
		JsonNode problem = problem(this.english.post("/api/things", body));
		assertThat(message(problem, field)).as(body).isEqualTo(english);
		assertThat(message(problem(this.vietnamese.post("/api/things", body)), field)).as(body).isEqualTo(vietnamese);
	}

	private void assertParameter(String path, String field, String english, String vietnamese) {
		JsonNode problem = remember(this.english.get(path)).problem(400, "validation");
		assertThat(message(problem, field)).as(path).isEqualTo(english);
		JsonNode translated = remember(this.vietnamese.get(path)).problem(400, "validation");
		assertThat(message(translated, field)).as(path).isEqualTo(vietnamese);
	}

	private JsonNode problem(ProblemRequests.Answer answer) {
		return remember(answer).problem(400, "malformed-request");
	}

	private ProblemRequests.Answer remember(ProblemRequests.Answer answer) {
		this.answers.add(answer.body());
		return answer;
	}

}
