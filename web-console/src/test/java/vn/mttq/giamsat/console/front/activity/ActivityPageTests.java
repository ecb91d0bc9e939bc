package vn.mttq.giamsat.console.front.activity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.front.FrontSamples;
import vn.mttq.giamsat.console.front.directory.DirectoryClient;
import vn.mttq.giamsat.console.front.directory.Organisation;
import vn.mttq.giamsat.console.front.letter.LetterClient;
import vn.mttq.giamsat.console.service.PageOf;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConsolePageTest
class ActivityPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActivityClient activities;

	@Autowired
	LetterClient letters;

	@Autowired
	DirectoryClient directory;

	@Test
	void theFormProposesTheOfficialsOwnBodyAsTheSupervisingBody() throws Exception {
		this.mvc.perform(get("/mat-tran/hoat-dong/moi").with(TestUsers.frontOfficial()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + FrontSamples.BODY + "\"")));
	}

	@Test
	void searchingForAgenciesKeepsWhatWasTypedAndWhatWasTicked() throws Exception {
		given(this.directory.search("muong phang", 20)).willReturn(new PageOf<>(List
			.of(new Organisation(FrontSamples.COMMUNE, "UBND xã Mường Phăng", "PEOPLES_COMMITTEE", "COMMUNE", null)), 0,
				20, 1, 1));

		this.mvc
			.perform(post("/mat-tran/hoat-dong").param("searchAgencies", "1")
				.param("agencyQuery", "muong phang")
				.param("title", "Giám sát xử lý chất thải")
				.param("supervisedAgencyIds", FrontSamples.DEPARTMENT)
				.with(TestUsers.frontOfficial())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Giám sát xử lý chất thải\""),
					matchesPattern("(?s).*value=\"" + FrontSamples.DEPARTMENT + "\"\\s+checked.*"),
					containsString("UBND xã Mường Phăng"))));
	}

	@Test
	void aRecordedActivityOpensItsPage() throws Exception {
		given(this.activities.record(any())).willReturn(FrontSamples.activity("act-9", "Giám sát", List.of()));

		this.mvc
			.perform(post("/mat-tran/hoat-dong").param("kind", "SUPERVISION")
				.param("form", "DELEGATION")
				.param("title", "Giám sát xử lý chất thải")
				.param("supervisingBodyId", FrontSamples.BODY)
				.param("supervisedAgencyIds", FrontSamples.DEPARTMENT, FrontSamples.COMMUNE)
				.param("startDate", "2026-03-02")
				.with(TestUsers.frontOfficial())
				.with(csrf()))
			.andExpect(redirectedUrl("/mat-tran/hoat-dong/act-9"));

		@SuppressWarnings("unchecked")
		ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);
		then(this.activities).should().record(sent.capture());
		assertThat(sent.getValue()).containsEntry("form", "DELEGATION")
			.containsEntry("startDate", "2026-03-02")
			.containsEntry("supervisedAgencyIds", List.of(FrontSamples.DEPARTMENT, FrontSamples.COMMUNE));
	}

	@Test
	void aRefusedActivityShowsTheProblemBesideItsFieldWithWhatWasTyped() throws Exception {
		given(this.activities.record(any())).willThrow(ServiceProblem.of(Service.SUPERVISION, 422, "invalid",
				new ServiceProblem.FieldError("endDate", "Ngày kết thúc trước ngày bắt đầu.")));

		this.mvc
			.perform(post("/mat-tran/hoat-dong").param("title", "Giám sát xử lý chất thải")
				.param("startDate", "2026-03-20")
				.param("endDate", "2026-03-02")
				.with(TestUsers.frontOfficial())
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(
					containsString(
							"<p class=\"field-error\" id=\"endDate-error\">Ngày kết thúc trước ngày bắt đầu.</p>"),
					containsString("aria-describedby=\"endDate-error\""), containsString("value=\"2026-03-02\""),
					containsString("value=\"Giám sát xử lý chất thải\""))));
	}

	@Test
	void theActivityPageShowsEachNqlt403WarningBesideItsDate() throws Exception {
		given(this.activities.get("act-1")).willReturn(FrontSamples.activity("act-1", "Giám sát xử lý chất thải",
				List.of(new Activity.Warning("NOTICE_TOO_LATE", "delegation.noticeDate",
						"Thông báo gửi muộn: phải trước ít nhất 7 ngày", "NQLT 403/2017, Điều 7.3"),
						new Activity.Warning("RESULT_REPORT_MISSING", "delegation.resultReportDate",
								"Báo cáo kết quả chưa được ghi nhận", "NQLT 403/2017, Điều 9"))));
		given(this.letters.ofActivity("act-1")).willReturn(List.of());

		this.mvc.perform(get("/mat-tran/hoat-dong/act-1").with(TestUsers.frontOfficial()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					matchesPattern("(?s).*Ngày thông báo cho đối tượng giám sát</dt>\\s*<dd>\\s*<span>27/02/2026</span>"
							+ "\\s*<ul class=\"front-warnings\">\\s*<li class=\"front-warning\">\\s*"
							+ "<span>Thông báo gửi muộn: phải trước ít nhất 7 ngày</span>.*"),
					matchesPattern("(?s).*Ngày báo cáo kết quả giám sát</dt>\\s*<dd>\\s*<span>Chưa ghi nhận</span>"
							+ "\\s*<ul class=\"front-warnings\">.*"),
					containsString("href=\"/mat-tran/hoat-dong/act-1/van-ban/moi\""))));
	}

}
