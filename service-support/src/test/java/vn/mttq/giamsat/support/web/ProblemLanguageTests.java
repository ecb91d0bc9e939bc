package vn.mttq.giamsat.support.web;

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
 * Problems answer in Vietnamese when the request prefers it and in English otherwise:
 * title, detail and every field's message, from the advice, the framework, the first
 * filter and the security chain alike.
 */
@WithLocalStack
@SpringBootTest(classes = ProblemTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=problem-tests", "spring.mongodb.database=problem-tests",
				"giamsat.http.json.max-string-length=1000" })
class ProblemLanguageTests {

	@LocalServerPort
	int port;

	ProblemRequests english;

	ProblemRequests vietnamese;

	@BeforeEach
	void callers(LocalIssuer issuer) {
		this.english = new ProblemRequests(this.port,
				issuer.token("canbo.problems", "ubmttq-problems", "FRONT_OFFICIAL"), null);
		this.vietnamese = this.english.in("vi");
	}

	@Test
	void aProblemIsInEnglishWithoutALanguageOrInOneTheServiceDoesNotSpeak() {
		for (ProblemRequests caller : new ProblemRequests[] { this.english, this.english.in("en"),
				this.english.in("fr-FR, de;q=0.8") }) {
			ProblemRequests.Answer answer = caller.get("/api/things/T-1");
			JsonNode problem = answer.problem(404, "not-found");
			assertThat(problem.path("title").asString()).isEqualTo("Not found");
			assertThat(problem.path("detail").asString()).isEqualTo("Thing 'T-1' was not found");
			assertThat(answer.language()).isEqualTo("en");
		}
	}

	@Test
	void aProblemIsInVietnameseWhenTheRequestPrefersIt() {
		for (ProblemRequests caller : new ProblemRequests[] { this.vietnamese, this.english.in("vi-VN"),
				this.english.in("fr;q=0.9, vi-VN, en;q=0.5") }) {
			ProblemRequests.Answer answer = caller.get("/api/things/T-1");
			JsonNode problem = answer.problem(404, "not-found");
			assertThat(problem.path("title").asString()).isEqualTo("Không tìm thấy");
			assertThat(problem.path("detail").asString())
				.isEqualTo("Việc thử 'T-1' không tồn tại hoặc bạn không có quyền xem");
			assertThat(answer.language()).isEqualTo("vi");
		}
	}

	@Test
	void aPhraseInsideAPhraseIsTranslatedToo() {
		JsonNode problem = this.vietnamese.post("/api/things/T-1/close", "").problem(409, "invalid-state");
		assertThat(problem.path("title").asString()).isEqualTo("Không được phép ở trạng thái hiện tại");
		assertThat(problem.path("detail").asString())
			.isEqualTo("Việc thử T-1 đã kết thúc ngày 01/12/2026; không thể đóng lại.");
		assertThat(problem.path("currentState").asString()).isEqualTo("CLOSED");
		JsonNode english = this.english.post("/api/things/T-1/close", "").problem(409, "invalid-state");
		assertThat(english.path("detail").asString())
			.isEqualTo("Thing T-1 was closed on 01/12/2026; it cannot be closed.");
	}

	@Test
	void aBusinessRuleNamesItsFieldInTheRequestsLanguage() {
		String taken = "{\"title\":\"taken\",\"level\":\"PROVINCE\"}";
		JsonNode problem = this.vietnamese.post("/api/things", taken).problem(422, "business-rule");
		assertThat(problem.path("title").asString()).isEqualTo("Vi phạm quy tắc nghiệp vụ");
		assertThat(message(problem, "title")).isEqualTo("Tên 'taken' đã được dùng");
		assertThat(message(this.english.post("/api/things", taken).problem(422, "business-rule"), "title"))
			.isEqualTo("The title 'taken' is already used");
	}

	@Test
	void validationMessagesOfStandardAndOwnConstraintsAreInTheRequestsLanguage() {
		String invalid = "{\"title\":\" \",\"number\":\"12\",\"level\":\"PROVINCE\"}";
		JsonNode problem = this.vietnamese.post("/api/things", invalid).problem(400, "validation");
		assertThat(problem.path("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
		assertThat(problem.path("detail").asString()).isEqualTo("2 trường không hợp lệ.");
		assertThat(message(problem, "title")).isEqualTo("không được để trống");
		assertThat(message(problem, "number")).isEqualTo("phải có dạng 125/KN");
		JsonNode english = this.english.post("/api/things", invalid).problem(400, "validation");
		assertThat(english.path("detail").asString()).isEqualTo("2 fields are invalid.");
		assertThat(message(english, "title")).isEqualTo("must not be blank");
		assertThat(message(english, "number")).isEqualTo("must look like 125/KN");
	}

	@Test
	void constraintsWithAttributesAndTheTextRulesAreTranslated() {
		JsonNode problem = this.vietnamese.get("/api/things?page=5000").problem(400, "validation");
		assertThat(message(problem, "page")).isEqualTo("phải nhỏ hơn hoặc bằng 1000");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("page");
		JsonNode lineBreak = this.vietnamese.post("/api/things", "{\"title\":\"a\\nb\",\"level\":\"PROVINCE\"}")
			.problem(400, "validation");
		assertThat(message(lineBreak, "title"))
			.isEqualTo("không được chứa dấu tab hoặc xuống dòng (U+000A ở vị trí 2)");
		assertThat(message(this.english.post("/api/things", "{\"title\":\"a\\nb\",\"level\":\"PROVINCE\"}")
			.problem(400, "validation"), "title"))
			.isEqualTo("must not contain a tab or line break (U+000A at position 2)");
	}

	@Test
	void theFrameworksOwnProblemsAreTranslated() {
		JsonNode notAllowed = this.vietnamese.send("DELETE", "/api/things", "application/json", "")
			.problem(405, "method-not-allowed");
		assertThat(notAllowed.path("title").asString()).isEqualTo("Phương thức không được hỗ trợ");
		assertThat(notAllowed.path("detail").asString())
			.isEqualTo("Không hỗ trợ phương thức 'DELETE' tại địa chỉ này.");
		JsonNode unsupported = this.vietnamese.send("POST", "/api/things", "text/plain", "x")
			.problem(415, "unsupported-media-type");
		assertThat(unsupported.path("title").asString()).isEqualTo("Kiểu nội dung không được hỗ trợ");
		assertThat(unsupported.path("detail").asString()).startsWith("Không hỗ trợ kiểu nội dung 'text/plain");
		JsonNode english = this.english.send("POST", "/api/things", "text/plain", "x")
			.problem(415, "unsupported-media-type");
		assertThat(english.path("title").asString()).isEqualTo("Unsupported media type");
		JsonNode unknownPath = this.vietnamese.get("/api/nothing-here").problem(404, "not-found");
		assertThat(unknownPath.path("detail").asString()).isEqualTo("Không có gì ở địa chỉ này.");
	}

	@Test
	void theFirstFiltersRefusalIsTranslated() {
		ProblemRequests.Answer answer = this.vietnamese.get("/api/things?q=a%00b");
		JsonNode problem = answer.problem(400, "malformed-request");
		assertThat(problem.path("title").asString()).isEqualTo("Yêu cầu sai định dạng");
		assertThat(problem.path("detail").asString())
			.isEqualTo("Tham số truy vấn 'q' không được chứa ký tự điều khiển (U+0000 ở vị trí 2).");
		assertThat(answer.language()).isEqualTo("vi");
		assertThat(this.english.get("/api/things?q=a%00b").problem(400, "malformed-request").path("detail").asString())
			.isEqualTo("Query parameter 'q' must not contain a control character (U+0000 at position 2).");
	}

	@Test
	void aRequestWithoutATokenIsRefusedInItsLanguage() {
		ProblemRequests.Answer answer = this.vietnamese.withoutToken().get("/api/things");
		JsonNode problem = answer.problem(401, "unauthorized");
		assertThat(problem.path("title").asString()).isEqualTo("Chưa xác thực");
		assertThat(problem.path("detail").asString()).startsWith("Cần mã truy cập hợp lệ do bên cấp tin cậy phát hành");
		assertThat(answer.language()).isEqualTo("vi");
		assertThat(this.english.withoutToken().get("/api/things").problem(401, "unauthorized").path("title").asString())
			.isEqualTo("Unauthorized");
	}

}
