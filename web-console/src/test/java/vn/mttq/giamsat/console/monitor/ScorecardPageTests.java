package vn.mttq.giamsat.console.monitor;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.directory.OrganisationNames;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceUnavailable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.mttq.giamsat.console.monitor.MonitorFixtures.AGRICULTURE;
import static vn.mttq.giamsat.console.monitor.MonitorFixtures.row;
import static vn.mttq.giamsat.console.monitor.MonitorFixtures.suppressed;

@ConsolePageTest
class ScorecardPageTests {

	private static final ReportPeriod YEAR_2025 = new ReportPeriod(YearMonth.of(2025, 1), YearMonth.of(2025, 12));

	@Autowired
	MockMvc mvc;

	@Autowired
	StatisticsClient statistics;

	@Autowired
	OrganisationNames names;

	@Test
	void anAgencysScorecardShowsTheServicesFiguresForTheYear() throws Exception {
		given(this.names.nameOf(AGRICULTURE)).willReturn("Sở Nông nghiệp và Môi trường tỉnh Điện Biên");
		given(this.statistics.agencies(YEAR_2025, AGRICULTURE)).willReturn(new StatisticsPage("2025-01", "2025-12",
				"2026-07-15", 5, List.of(row(AGRICULTURE, "PROVINCE", 20, 7, 3, "65.0", "30.0")),
				row(null, null, 26, 9, 4, "65.4", "30.8"), 1));
		given(this.statistics.total(any(), eq(AGRICULTURE))).willReturn(row(null, null, 6, 2, 1, "66.7", "33.3"));

		String page = this.mvc
			.perform(get("/tong-quan/co-quan/" + AGRICULTURE + "?year=2025").with(TestUsers.monitor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String scorecard = page.substring(page.indexOf("id=\"scorecard\""), page.indexOf("</dl>"))
			.replaceAll(">\\s+<", "><");
		assertThat(scorecard).contains("Đã ban hành</dt><dd>26</dd>", "Đã rút</dt><dd>0</dd>",
				"Còn hiệu lực</dt><dd>26</dd>", "Đã trả lời</dt><dd>17 (đúng hạn 17, quá hạn 0)</dd>",
				"Quá hạn</dt><dd>4</dd>", "Tỷ lệ trả lời</dt><dd>65,4 %</dd>", "Tỷ lệ giải quyết</dt><dd>30,8 %</dd>",
				"Số ngày trả lời (trung vị)</dt><dd>12</dd>");
		assertThat(page).contains("Sở Nông nghiệp và Môi trường tỉnh Điện Biên", "Kết quả trả lời kiến nghị",
				"Kiến nghị ban hành từ tháng 01/2025 đến tháng 12/2025.", "<th scope=\"row\">12/2025</th>");
	}

	@Test
	void anAgencyWithTooFewItemsShowsOnlyTheNumberIssued() throws Exception {
		given(this.statistics.agencies(YEAR_2025, AGRICULTURE)).willReturn(new StatisticsPage("2025-01", "2025-12",
				"2026-07-15", 5, List.of(suppressed(AGRICULTURE, "PROVINCE", 3)), suppressed(null, null, 3), 1));
		given(this.statistics.total(any(), eq(AGRICULTURE))).willReturn(suppressed(null, null, 0));

		this.mvc.perform(get("/tong-quan/co-quan/" + AGRICULTURE + "?year=2025").with(TestUsers.monitor()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cơ quan có dưới 5 kiến nghị trong kỳ"),
					containsString("<dd>3</dd>"), containsString("<dd>—</dd>"))));
	}

	@Test
	void whenRecommendationServiceIsDownTheScorecardSaysWhichServiceIsUnavailable() throws Exception {
		given(this.statistics.agencies(any(), eq(AGRICULTURE)))
			.willThrow(new ServiceUnavailable(Service.RECOMMENDATION, null));

		this.mvc.perform(get("/tong-quan/co-quan/" + AGRICULTURE).with(TestUsers.monitor()))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("dịch vụ theo dõi kiến nghị")));
	}

	@Test
	void aPeriodLongerThanTwoYearsIsRefused() throws Exception {
		this.mvc
			.perform(get("/tong-quan/co-quan/" + AGRICULTURE + "?from=2023-01&to=2025-12").with(TestUsers.monitor()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kỳ báo cáo dài tối đa 24 tháng.")));
	}

}
