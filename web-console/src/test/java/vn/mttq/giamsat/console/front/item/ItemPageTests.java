package vn.mttq.giamsat.console.front.item;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.front.FrontSamples;
import vn.mttq.giamsat.console.front.letter.LetterClient;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceProblem;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConsolePageTest
class ItemPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ItemClient recommendations;

	@Autowired
	LetterClient letters;

	@Test
	void anOfficialReviewsAReportedResolutionWithTheAgencysDocuments() throws Exception {
		given(this.recommendations.get("rec-1")).willReturn(reported());
		given(this.recommendations.documents("rec-1"))
			.willReturn(List.of(new StoredDocument("doc-1", "bien-ban-kiem-tra.pdf", "application/pdf", 1024,
					"EVIDENCE", Instant.parse("2026-04-20T03:00:00Z"), null)));

		this.mvc.perform(get("/mat-tran/kien-nghi/rec-1").with(TestUsers.frontOfficial()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Di dời trại lợn"), containsString("Đã báo cáo kết quả"),
					containsString("href=\"/mat-tran/kien-nghi/rec-1/tai-lieu/doc-1\""),
					containsString("Tài liệu chứng minh"), containsString("Kết thúc: đã giải quyết"),
					containsString("Trả lại, yêu cầu bổ sung"), containsString("Rút kiến nghị"),
					not(containsString("value=\"ACCEPT\"")), containsString("15 ngày kể từ ngày nhận 11/04/2026"))));
	}

	@Test
	void sendingBackTakesTheStepOnTheVersionReviewed() throws Exception {
		given(this.recommendations.get("rec-1")).willReturn(reported());

		this.mvc
			.perform(post("/mat-tran/kien-nghi/rec-1").param("action", "SEND_BACK")
				.param("version", "3")
				.param("note", "Chưa có biên bản kiểm tra hiện trường.")
				.with(TestUsers.frontOfficial())
				.with(csrf()))
			.andExpect(redirectedUrl("/mat-tran/kien-nghi/rec-1"));

		then(this.recommendations).should()
			.step("rec-1", 3, Map.of("action", "SEND_BACK", "note", "Chưa có biên bản kiểm tra hiện trường."));
	}

	@Test
	void aStepOnAnItemChangedMeanwhileIsExplainedInPlainWords() throws Exception {
		given(this.recommendations.get("rec-1")).willReturn(reported());
		willThrow(ServiceProblem.of(Service.RECOMMENDATION, 412, "If-Match names version 3, the current is 4")
			.with("currentVersion", 4)).given(this.recommendations).step(eq("rec-1"), anyLong(), any());

		this.mvc
			.perform(post("/mat-tran/kien-nghi/rec-1").param("action", "CLOSE_RESOLVED")
				.param("version", "3")
				.param("note", "Đã kiểm tra")
				.with(TestUsers.frontOfficial())
				.with(csrf()))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().string(allOf(containsString("kiến nghị này đã có thay đổi"),
					not(containsString("If-Match")), containsString(">Đã kiểm tra</textarea>"))));
	}

	@Test
	void aRequiredNoteIsShownBesideTheActionsNote() throws Exception {
		given(this.recommendations.get("rec-1")).willReturn(reported());
		willThrow(ServiceProblem.of(Service.RECOMMENDATION, 422, "invalid",
				new ServiceProblem.FieldError("note", "Cần ghi lý do trả lại.")))
			.given(this.recommendations)
			.step(eq("rec-1"), anyLong(), any());

		this.mvc
			.perform(post("/mat-tran/kien-nghi/rec-1").param("action", "SEND_BACK")
				.param("version", "3")
				.with(TestUsers.frontOfficial())
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(
					containsString("<p class=\"field-error\" id=\"note-SEND_BACK-error\">Cần ghi lý do trả lại.</p>")));
	}

	@Test
	void withdrawingAnItemGoesThroughItsLetter() throws Exception {
		given(this.recommendations.get("rec-1")).willReturn(reported());

		this.mvc
			.perform(post("/mat-tran/kien-nghi/rec-1").param("action", "WITHDRAW")
				.param("version", "3")
				.param("note", "Cơ quan đã giải quyết trước khi nhận văn bản.")
				.with(TestUsers.frontOfficial())
				.with(csrf()))
			.andExpect(redirectedUrl("/mat-tran/kien-nghi/rec-1"));

		then(this.letters).should()
			.withdraw("act-1", "letter-125", "rec-1", "Cơ quan đã giải quyết trước khi nhận văn bản.");
	}

	@Test
	void anAgencysStepIsNotTakenHere() throws Exception {
		given(this.recommendations.get("rec-1")).willReturn(reported());

		this.mvc
			.perform(post("/mat-tran/kien-nghi/rec-1").param("action", "ACCEPT")
				.param("version", "3")
				.with(TestUsers.frontOfficial())
				.with(csrf()))
			.andExpect(status().isBadRequest());

		then(this.recommendations).should(org.mockito.Mockito.never()).step(any(), anyLong(), any());
	}

	private static Recommendation reported() {
		return FrontSamples.recommendation("rec-1", "Di dời trại lợn", "RESOLUTION_REPORTED", false,
				List.of("CLOSE_RESOLVED", "SEND_BACK", "WITHDRAW", "ACCEPT"));
	}

}
