package vn.mttq.giamsat.console.agency.recommendation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.agency.inbox.InboxClient;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.service.ServiceUnavailable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.explanation;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.history;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.item;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.pageOf;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.scan;

@ConsolePageTest
class RecommendationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecommendationClient recommendations;

	@Autowired
	InboxClient inbox;

	@Test
	void theListShowsOverdueItemsFirstWithTheirDueDatesAndHowTheyWereComputed() throws Exception {
		given(this.recommendations.addressedTo(TestUsers.AGENCY))
			.willReturn(pageOf(List.of(item("rec-later").due("2027-01-20", explanation()).build(),
					item("rec-late").status("OVERDUE", true).due("2026-11-30", explanation()).build(),
					item("rec-sooner").status("IN_PROGRESS", false).due("2026-12-20", null).build())));

		this.mvc.perform(get("/co-quan/kien-nghi").with(TestUsers.agencyOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("/co-quan/kien-nghi/rec-late", "Quá hạn",
					"/co-quan/kien-nghi/rec-sooner", "Đang thực hiện", "/co-quan/kien-nghi/rec-later", "Chờ trả lời")))
			.andExpect(content().string(containsString("Hạn trả lời 30/11/2026")))
			.andExpect(content().string(containsString("30 ngày kể từ ngày ban hành văn bản 01/12/2026")));
	}

	@Test
	void anItemShowsItsLetterWithADownloadThroughTheConsoleAndItsHistory() throws Exception {
		given(this.recommendations.get("rec-1")).willReturn(item("rec-1").due("2026-12-31", explanation())
			.allowing("ACKNOWLEDGE", "EXPLAIN", "CLOSE_RESOLVED")
			.documents(List.of(scan()), history(3))
			.build());

		String page = this.mvc.perform(get("/co-quan/kien-nghi/rec-1").with(TestUsers.agencyOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/co-quan/kien-nghi/rec-1/tai-lieu/scan-125\"")))
			.andExpect(content().string(containsString("Cơ quan báo cáo tiến độ")))
			.andExpect(content().string(containsString("value=\"ACKNOWLEDGE\"")))
			.andExpect(content().string(containsString("value=\"EXPLAIN\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("CLOSE_RESOLVED")
			.doesNotContain("/api/v1/letters")
			.doesNotContain("name=\"version\" value=\"\"");
	}

	@Test
	void anotherAgencysItemIsNotFound() throws Exception {
		given(this.recommendations.get("rec-other")).willThrow(ServiceProblem.of(Service.RECOMMENDATION, 404,
				"Recommendation rec-other of so-tai-chinh-dien-bien not found"));

		this.mvc.perform(get("/co-quan/kien-nghi/rec-other").with(TestUsers.agencyOfficer()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không tìm thấy trang")))
			.andExpect(content().string(not(containsString("so-tai-chinh"))));
	}

	@Test
	void anAnswerUploadsItsFilesThenTakesTheStepOnTheVersionShown() throws Exception {
		given(this.recommendations.upload(eq("rec-1"), any(), eq("REPLY"))).willReturn("doc-reply");
		given(this.recommendations.upload(eq("rec-1"), any(), eq("EVIDENCE"))).willReturn("doc-photo");

		this.mvc
			.perform(answer("REPORT_RESOLUTION", "Đã công khai phương án.", 7).file(file("reply", "tra-loi.pdf"))
				.file(file("evidence", "anh.jpg")))
			.andExpect(redirectedUrl("/co-quan/kien-nghi/rec-1"));

		then(this.recommendations).should()
			.takeStep("rec-1", 7, "REPORT_RESOLUTION", "Đã công khai phương án.", List.of("doc-reply", "doc-photo"));
	}

	@Test
	void aRefusedNoteIsShownBesideItAndWhatWasTypedIsKept() throws Exception {
		given(this.recommendations.get("rec-1")).willReturn(item("rec-1").allowing("EXPLAIN").build());
		willThrow(ServiceProblem.of(Service.RECOMMENDATION, 422, "Vi phạm quy tắc",
				new ServiceProblem.FieldError("note", "Giải trình cần nêu lý do.")))
			.given(this.recommendations)
			.takeStep(anyString(), anyLong(), anyString(), any(), any());

		this.mvc.perform(answer("EXPLAIN", "Chưa đủ kinh phí", 1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content()
				.string(containsString("<p class=\"field-error\" id=\"note-error\">Giải trình cần nêu lý do.</p>")))
			.andExpect(content().string(containsString("aria-describedby=\"note-error note-hint\"")))
			.andExpect(content().string(containsString(">Chưa đủ kinh phí</textarea>")))
			.andExpect(content().string(containsString("value=\"EXPLAIN\" checked")));
	}

	@Test
	void anItemSomeoneChangedMeanwhileIsShownAgainWithTheNoteKept() throws Exception {
		given(this.recommendations.get("rec-1"))
			.willReturn(item("rec-1").status("ACKNOWLEDGED", false).allowing("ACCEPT", "EXPLAIN").version(8).build());
		willThrow(ServiceProblem.of(Service.RECOMMENDATION, 412, "Stale").with("currentVersion", 8))
			.given(this.recommendations)
			.takeStep("rec-1", 7, "ACKNOWLEDGE", "Đã nhận văn bản", List.of());

		this.mvc.perform(answer("ACKNOWLEDGE", "Đã nhận văn bản", 7))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("người khác đã cập nhật kiến nghị này")))
			.andExpect(content().string(containsString("Đã tiếp nhận")))
			.andExpect(content().string(containsString(">Đã nhận văn bản</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"8\"")));
	}

	@Test
	void aFileTheServiceRefusesIsNamedBesideItsInput() throws Exception {
		given(this.recommendations.get("rec-1")).willReturn(item("rec-1").allowing("REPORT_RESOLUTION").build());
		given(this.recommendations.upload(eq("rec-1"), any(), eq("EVIDENCE")))
			.willThrow(ServiceProblem.of(Service.RECOMMENDATION, 415, "Tệp là ảnh PNG nhưng được khai là PDF."));

		this.mvc.perform(answer("REPORT_RESOLUTION", "Xong", 1).file(file("evidence", "anh.pdf")))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(containsString(
					"<p class=\"field-error\" id=\"evidence-error\">Tệp là ảnh PNG nhưng được khai là PDF.</p>")));
		then(this.recommendations).should(never()).takeStep(anyString(), anyLong(), anyString(), any(), any());
	}

	@Test
	void anAnswerWithoutAChoiceIsAskedForOne() throws Exception {
		given(this.recommendations.get("rec-1")).willReturn(item("rec-1").allowing("ACKNOWLEDGE").build());

		this.mvc.perform(answer("", "Ghi chú", 1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"action-error\">Xin chọn một cách trả lời.")));
	}

	@Test
	void whenRecommendationServiceIsDownTheNavStillWorks() throws Exception {
		given(this.recommendations.addressedTo(TestUsers.AGENCY))
			.willThrow(new ServiceUnavailable(Service.RECOMMENDATION, null));
		given(this.inbox.unreadCount(TestUsers.AGENCY)).willReturn(2L);

		this.mvc.perform(get("/co-quan/kien-nghi").with(TestUsers.agencyOfficer()))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("Không kết nối được tới dịch vụ theo dõi kiến nghị")));
	}

	@Test
	void aDocumentTheItemDoesNotNameIsNotFound() throws Exception {
		given(this.recommendations.get("rec-1"))
			.willReturn(item("rec-1").documents(List.of(scan()), history(1)).build());

		this.mvc.perform(get("/co-quan/kien-nghi/rec-1/tai-lieu/doc-of-another").with(TestUsers.agencyOfficer()))
			.andExpect(status().isNotFound());
		then(this.recommendations).should(never()).download(any(), any());
	}

	@Test
	void theLettersScanIsStreamedThroughTheConsole() throws Exception {
		given(this.recommendations.get("rec-1"))
			.willReturn(item("rec-1").documents(List.of(scan()), history(1)).build());
		willAnswer((invocation) -> {
			RecommendationClient.DownloadTarget target = invocation.getArgument(1);
			HttpHeaders headers = new HttpHeaders();
			headers.set("Content-Type", "application/pdf");
			headers.set("Content-Disposition", "attachment; filename=\"van-ban-125-co-chu-ky.pdf\"");
			target.open(headers).write("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
			return null;
		}).given(this.recommendations).download(eq(scan()), any());

		this.mvc.perform(get("/co-quan/kien-nghi/rec-1/tai-lieu/scan-125").with(TestUsers.agencyOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().string("%PDF-1.7"));
	}

	private static MockMultipartHttpServletRequestBuilder answer(String action, String note, long version) {
		MockMultipartHttpServletRequestBuilder request = multipart("/co-quan/kien-nghi/rec-1/tra-loi");
		request.param("action", action);
		request.param("note", note);
		request.param("version", String.valueOf(version));
		request.with(TestUsers.agencyOfficer());
		request.with(csrf());
		return request;
	}

	private static MockMultipartFile file(String field, String name) {
		return new MockMultipartFile(field, name, "application/pdf",
				"%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII));
	}

}
