package vn.mttq.giamsat.console.monitor;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceUnavailable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.mttq.giamsat.console.HtmlTags.hasTag;
import static vn.mttq.giamsat.console.monitor.MonitorFixtures.AGRICULTURE;
import static vn.mttq.giamsat.console.monitor.MonitorFixtures.COMMUNE;
import static vn.mttq.giamsat.console.monitor.MonitorFixtures.FINANCE;
import static vn.mttq.giamsat.console.monitor.MonitorFixtures.row;
import static vn.mttq.giamsat.console.monitor.MonitorFixtures.threeAgencies;
import static vn.mttq.giamsat.console.monitor.MonitorFixtures.workReport;

@ConsolePageTest
class OverviewPageTests {

	private static final ReportPeriod FIRST_HALF = new ReportPeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 6));

	@Autowired
	MockMvc mvc;

	@Autowired
	StatisticsClient statistics;

	@Autowired
	WorkReportClient reports;

	@Test
	void theTablesShowTheServicesFiguresSummedByAgencyAndByLevel() throws Exception {
		given(this.statistics.agencies(FIRST_HALF, null)).willReturn(threeAgencies());
		given(this.statistics.total(any(), isNull())).willReturn(row(null, null, 6, 2, 1, "66.7", "33.3"));

		String page = this.mvc.perform(get("/tong-quan?from=2026-01&to=2026-06").with(TestUsers.monitor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// The department: 7 + 2 open, 3 + 1 overdue over its two levels.
		assertThat(section(page, "by-agency")).contains(AGRICULTURE + "</a></th><td>9</td><td>4</td>")
			.contains(FINANCE + "</a></th><td>4</td><td>0</td>")
			.contains(COMMUNE + "</a></th><td>—</td><td>—</td>");
		// Province: 7 + 4 open, 3 overdue; commune: 2 open, 1 overdue (the suppressed row
		// has none).
		assertThat(section(page, "by-level")).contains("Cấp tỉnh</th><td>11</td><td>3</td>")
			.contains("Cấp xã</th><td>2</td><td>1</td>");
		// The scorecards' table has the service's own rates, and the total row.
		assertThat(section(page, "scorecards")).contains("<td>65,0 %</td>", "<td>55,6 %</td>", "<td>65,8 %</td>")
			.contains("Tổng cộng");
		assertThat(page).contains("Số liệu tính đến ngày 15/07/2026.")
			.contains("Kiến nghị ban hành từ tháng 01/2026 đến tháng 06/2026.")
			.contains("href=\"/tong-quan/co-quan/" + AGRICULTURE + "?from=2026-01&amp;to=2026-06\"");
	}

	@Test
	void eachChartIsAnImageWithOneBarPerAgencyAndItsFiguresAsText() throws Exception {
		given(this.statistics.agencies(FIRST_HALF, null)).willReturn(threeAgencies());
		given(this.statistics.total(any(), isNull())).willReturn(row(null, null, 6, 2, 1, "66.7", "33.3"));

		String page = this.mvc.perform(get("/tong-quan?from=2026-01&to=2026-06").with(TestUsers.monitor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String byAgency = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
		assertThat(count(byAgency, "class=\"monitor-bar-open\"")).isEqualTo(3);
		assertThat(byAgency).contains("role=\"img\"")
			.contains("aria-label=\"Biểu đồ cột: số kiến nghị đang mở và quá hạn của từng cơ quan")
			.contains("<title>Biểu đồ cột")
			.contains(FINANCE)
			.contains("9 mở · 4 quá hạn");
		// One point per month on each line, drawn without inline style.
		assertThat(count(page, "<circle")).isEqualTo(12);
		assertThat(page).doesNotContain("style=");
	}

	@Test
	void theRatesAreShownMonthByMonth() throws Exception {
		given(this.statistics.agencies(FIRST_HALF, null)).willReturn(threeAgencies());
		given(this.statistics.total(any(), isNull())).willReturn(row(null, null, 6, 2, 1, "66.7", "33.3"));
		given(this.statistics.total(eq(ReportPeriod.of(YearMonth.of(2026, 3))), isNull()))
			.willReturn(row(null, null, 10, 1, 0, "90.0", "70.0"));

		this.mvc.perform(get("/tong-quan?from=2026-01&to=2026-06").with(TestUsers.monitor()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<th scope=\"row\">03/2026</th>"),
					containsString("<td>90,0 %</td>"), containsString("<td>70,0 %</td>"))));
		then(this.statistics).should(never()).total(eq(ReportPeriod.of(YearMonth.of(2026, 7))), any());
	}

	@Test
	void whenRecommendationServiceIsDownItsPartsSaySoAndTheWorkReportStillShows() throws Exception {
		given(this.statistics.agencies(any(), isNull()))
			.willThrow(new ServiceUnavailable(Service.RECOMMENDATION, null));
		given(this.statistics.total(any(), isNull())).willThrow(new ServiceUnavailable(Service.RECOMMENDATION, null));
		given(this.reports.report(eq("ubmttq-tinh-dien-bien"), any())).willReturn(workReport());

		this.mvc.perform(get("/tong-quan?year=2025").with(TestUsers.monitor()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(
					"Phần này tạm thời không hiển thị được vì không kết nối được tới dịch vụ theo dõi kiến nghị"),
					containsString("Báo cáo công tác của Mặt trận"),
					containsString("Ủy ban MTTQ Việt Nam tỉnh Điện Biên"), containsString("Phản biện xã hội"),
					containsString("Kỳ báo cáo"))))
			.andExpect(content().string(not(containsString("<svg"))));
	}

	@Test
	void whenSupervisionServiceIsDownTheWorkReportSaysSoAndTheStatisticsStillShow() throws Exception {
		given(this.statistics.agencies(FIRST_HALF, null)).willReturn(threeAgencies());
		given(this.statistics.total(any(), isNull())).willReturn(row(null, null, 6, 2, 1, "66.7", "33.3"));
		given(this.reports.report(any(), any())).willThrow(new ServiceUnavailable(Service.SUPERVISION, null));

		this.mvc.perform(get("/tong-quan?from=2026-01&to=2026-06").with(TestUsers.monitor()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("dịch vụ hoạt động giám sát"), containsString("class=\"monitor-bar-open\""))));
	}

	@Test
	void aMonthThatCannotBeReadIsRefusedBesideItsFieldWithoutAskingTheServices() throws Exception {
		this.mvc.perform(get("/tong-quan?from=2026-13&to=2026-06").with(TestUsers.monitor()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"from-error\""), containsString("Tháng không hợp lệ"),
					containsString("aria-invalid=\"true\""))));
		then(this.statistics).shouldHaveNoInteractions();
	}

	@Test
	void anAgencyOfficerMayNotOpenTheOverview() throws Exception {
		this.mvc.perform(get("/tong-quan").with(TestUsers.agencyOfficer()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Không có quyền truy cập")));
	}

	@Test
	void theOverviewSpeaksEnglishWhenAskedTo() throws Exception {
		given(this.statistics.agencies(FIRST_HALF, null)).willReturn(threeAgencies());
		given(this.statistics.total(any(), isNull())).willReturn(row(null, null, 6, 2, 1, "66.7", "33.3"));

		this.mvc.perform(get("/tong-quan?from=2026-01&to=2026-06&lang=en").with(TestUsers.monitor()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Open and overdue recommendations by agency"),
					containsString("<td>65.0%</td>"), containsString("9 open · 4 overdue"))));
	}

	private static String section(String page, String tableId) {
		int start = page.indexOf("id=\"" + tableId + "\"");
		assertThat(start).as("table " + tableId).isPositive();
		return page.substring(start, page.indexOf("</table>", start)).replaceAll(">\\s+<", "><");
	}

	private static int count(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	@Test
	void thePeriodFormSwapsOnlyTheFiguresWithHtmxAndIsStillAPlainGetForm() throws Exception {
		given(this.statistics.agencies(FIRST_HALF, null)).willReturn(threeAgencies());
		given(this.statistics.total(any(), isNull())).willReturn(row(null, null, 6, 2, 1, "66.7", "33.3"));

		String page = this.mvc.perform(get("/tong-quan?from=2026-01&to=2026-06").with(TestUsers.monitor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.is(new Condition<>(
					hasTag("form", "action=\"/tong-quan\"", "method=\"get\"", "hx-get=\"/tong-quan\"",
							"hx-select=\"#period-figures\"", "hx-target=\"#period-figures\"", "hx-swap=\"outerHTML\"",
							"hx-select-oob=\"#period-shown\"", "hx-push-url=\"true\"")::matches,
					"the period form with its htmx attributes"))
			.contains("id=\"period-shown\"");
		assertThat(page.substring(page.indexOf("id=\"period-figures\""))).contains("id=\"by-agency\"");
	}

}
