package vn.mttq.giamsat.console.front.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.front.FrontSamples;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.mttq.giamsat.console.HtmlTags.hasTag;

@ConsolePageTest
class LetterFormPageTests {

	private static final String FORM = "/mat-tran/hoat-dong/act-1/van-ban";

	private static final LetterActivity ACTIVITY = new LetterActivity("act-1", "Giám sát xử lý chất thải",
			"SUPERVISION", "PEOPLES_INSPECTION_BOARD", "PROVINCE", FrontSamples.BODY,
			List.of(FrontSamples.DEPARTMENT, FrontSamples.COMMUNE));

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterClient letters;

	@Autowired
	DeadlineClient deadlines;

	@BeforeEach
	void theActivity() {
		given(this.letters.activity("act-1")).willReturn(ACTIVITY);
	}

	@Test
	void theFormStartsWithOneItemRowAndOffersTheActivitysAgencies() throws Exception {
		this.mvc.perform(get(FORM + "/moi").with(TestUsers.frontOfficial()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("name=\"items[0].content\""), not(containsString("name=\"items[1].content\"")),
							containsString("<option value=\"" + FrontSamples.COMMUNE + "\""))));
	}

	@Test
	void addingARowWithoutJavaScriptKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(twoRows().param("addItem", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"125/KN-MTTQ-BTT\""),
					containsString(">Xử lý trại lợn</textarea>"), containsString(">Công khai quan trắc</textarea>"),
					containsString("name=\"items[2].content\""), not(containsString("name=\"items[3].content\"")))));
	}

	@Test
	void removingARowWithoutJavaScriptKeepsTheOthers() throws Exception {
		this.mvc.perform(twoRows().param("removeItem", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("Xử lý trại lợn")),
					matchesPattern("(?s).*name=\"items\\[0]\\.content\"[^>]*>Công khai quan trắc</textarea>.*"),
					not(containsString("name=\"items[1].content\"")))));
	}

	@Test
	void thePreviewShowsEachItemsDueDateAndExplanationBeforeTheIssueButton() throws Exception {
		given(this.deadlines.preview(ACTIVITY, "RECOMMENDATION", "REMEDY_VIOLATION", "2026-04-09", null, ""))
			.willReturn(new DuePreview(LocalDate.of(2026, 4, 28), true,
					new DuePreview.Explanation(
							"Hạn trả lời 28/04/2026: 15 ngày kể từ ngày nhận (Luật Thực hiện dân chủ ở cơ sở, Điều 40)",
							"Answer due 28 April 2026")));
		given(this.deadlines.preview(ACTIVITY, "RECOMMENDATION", "AMEND_POLICY", "2026-04-09", 10, "WORKING_DAYS"))
			.willReturn(new DuePreview(LocalDate.of(2026, 4, 23), false,
					new DuePreview.Explanation("Hạn trả lời 23/04/2026: 10 ngày làm việc do Mặt trận ấn định", "")));

		this.mvc.perform(twoRows().param("preview", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("28/04/2026"),
					containsString("15 ngày kể từ ngày nhận (Luật Thực hiện dân chủ ở cơ sở, Điều 40)"),
					containsString("tạm tính"), containsString("23/04/2026"),
					containsString("10 ngày làm việc do Mặt trận ấn định"),
					containsString("<button type=\"submit\" name=\"issue\" value=\"1\">Ban hành</button>"),
					containsString("type=\"hidden\" name=\"items[1].dueDays\" value=\"10\""))));
	}

	@Test
	void theFormHasNoIssueButtonBeforeThePreview() throws Exception {
		this.mvc.perform(get(FORM + "/moi").with(TestUsers.frontOfficial()))
			.andExpect(content().string(not(containsString("name=\"issue\""))));
	}

	@Test
	void aRefusedRowShowsTheProblemBesideItsAddresseeWithWhatWasTyped() throws Exception {
		given(this.letters.issue(eq("act-1"), any()))
			.willThrow(ServiceProblem.of(Service.SUPERVISION, 422, "invalid", new ServiceProblem.FieldError(
					"items[1].addresseeAgencyId", "Cơ quan này không thuộc đối tượng giám sát của hoạt động.")));

		this.mvc.perform(twoRows().param("issue", "1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(
					containsString("<p class=\"field-error\" id=\"items[1].addresseeAgencyId-error\">"
							+ "Cơ quan này không thuộc đối tượng giám sát của hoạt động.</p>"),
					matchesPattern("(?s).*<select id=\"items\\[1]\\.addresseeAgencyId\"[^>]*aria-invalid=\"true\".*"),
					containsString(">Công khai quan trắc</textarea>"), containsString("value=\"125/KN-MTTQ-BTT\""))));
	}

	@Test
	void theSignedScanIsUploadedFirstAndNamedInTheLetter() throws Exception {
		given(this.letters.uploadSignedScan(eq("act-1"), any())).willReturn("scan-7");
		given(this.letters.issue(eq("act-1"), any()))
			.willReturn(FrontSamples.letter("letter-125", "act-1", FrontSamples.BODY, List.of()));
		MockMultipartFile scan = new MockMultipartFile("signedScan", "125.pdf", "application/pdf", new byte[] { 1 });

		this.mvc
			.perform(multipart(FORM).file(scan)
				.param("issue", "1")
				.param("number", "125/KN-MTTQ-BTT")
				.param("issuedOn", "2026-04-09")
				.param("items[0].addresseeAgencyId", FrontSamples.DEPARTMENT)
				.param("items[0].content", "Xử lý trại lợn")
				.with(TestUsers.frontOfficial())
				.with(csrf()))
			.andExpect(redirectedUrl("/mat-tran/hoat-dong/act-1/van-ban/letter-125"));

		@SuppressWarnings("unchecked")
		ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);
		then(this.letters).should().issue(eq("act-1"), sent.capture());
		assertThat(sent.getValue()).containsEntry("documents", List.of("scan-7"))
			.containsEntry("number", "125/KN-MTTQ-BTT");
	}

	@Test
	void aDaysFieldThatIsNoNumberIsShownBesideItWithoutAskingTheService() throws Exception {
		this.mvc
			.perform(post(FORM).param("preview", "1")
				.param("issuedOn", "2026-04-09")
				.param("items[0].content", "Xử lý trại lợn")
				.param("items[0].dueDays", "mười")
				.with(TestUsers.frontOfficial())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("id=\"items[0].dueDays-error\""), containsString("value=\"mười\""))));

		then(this.deadlines).shouldHaveNoInteractions();
	}

	private static MockHttpServletRequestBuilder twoRows() {
		return post(FORM).param("number", "125/KN-MTTQ-BTT")
			.param("issuedOn", "2026-04-09")
			.param("subject", "Kiến nghị về xử lý chất thải chăn nuôi")
			.param("kind", "RECOMMENDATION")
			.param("items[0].addresseeAgencyId", FrontSamples.DEPARTMENT)
			.param("items[0].content", "Xử lý trại lợn")
			.param("items[0].type", "REMEDY_VIOLATION")
			.param("items[0].dueCounting", "")
			.param("items[1].addresseeAgencyId", FrontSamples.COMMUNE)
			.param("items[1].content", "Công khai quan trắc")
			.param("items[1].type", "AMEND_POLICY")
			.param("items[1].dueDays", "10")
			.param("items[1].dueCounting", "WORKING_DAYS")
			.with(TestUsers.frontOfficial())
			.with(csrf());
	}

	@Test
	void addingAndRemovingRowsWithHtmxSwapsOnlyTheFormWhichStillPostsWithoutIt() throws Exception {
		this.mvc.perform(get(FORM + "/moi").with(TestUsers.frontOfficial()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					hasTag("form", "id=\"letter-form\"", "action=\"" + FORM + "\"", "method=\"post\"",
							"hx-post=\"" + FORM + "\"", "hx-select=\"#main\"", "hx-target=\"#main\"",
							"hx-swap=\"outerHTML\""),
					hasTag("button", "name=\"addItem\"", "hx-post=\"" + FORM + "\"", "hx-select=\"#letter-form\"",
							"hx-target=\"#letter-form\"", "hx-swap=\"outerHTML\""),
					hasTag("button", "name=\"removeItem\"", "hx-post=\"" + FORM + "\"", "hx-select=\"#letter-form\"",
							"hx-target=\"#letter-form\"", "hx-swap=\"outerHTML\""))));

		this.mvc.perform(twoRows().param("addItem", "1").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"letter-form\""), containsString("name=\"items[2].content\""))));
	}

}
