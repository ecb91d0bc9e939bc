package vn.mttq.giamsat.console.front.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.front.FrontSamples;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceProblem;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConsolePageTest
class ReportPageTests {

	private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	private static final LocalDate TO = LocalDate.of(2026, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportClient reports;

	@Test
	void theReportIsShownInWordsWithItsFilesToDownload() throws Exception {
		given(this.reports.text(FrontSamples.BODY, FROM, TO))
			.willReturn("Trong kỳ, Ủy ban MTTQ tỉnh đã tổ chức 4 cuộc giám sát, ban hành 12 kiến nghị.");

		this.mvc
			.perform(get("/mat-tran/bao-cao").param("from", "2026-01-01")
				.param("to", "2026-06-30")
				.with(TestUsers.frontOfficial()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("đã tổ chức 4 cuộc giám sát"),
					containsString("Từ 01/01/2026 đến 30/06/2026"),
					containsString("/mat-tran/bao-cao/tai-ve?from=2026-01-01&amp;to=2026-06-30&amp;format=CSV"),
					containsString("format=XLSX"), containsString("format=DOCX"), containsString("format=PDF"))));
	}

	@Test
	void aPeriodTheServiceRefusesIsShownBesideItsField() throws Exception {
		given(this.reports.text(FrontSamples.BODY, TO, FROM)).willThrow(ServiceProblem.of(Service.SUPERVISION, 400,
				"invalid", new ServiceProblem.FieldError("from", "Ngày bắt đầu sau ngày kết thúc.")));

		this.mvc
			.perform(get("/mat-tran/bao-cao").param("from", "2026-06-30")
				.param("to", "2026-01-01")
				.with(TestUsers.frontOfficial()))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("id=\"from-error\""), containsString("value=\"2026-06-30\""))));
	}

	@Test
	void aFileOfTheReportIsStreamedThroughTheConsole() throws Exception {
		this.mvc
			.perform(get("/mat-tran/bao-cao/tai-ve").param("from", "2026-01-01")
				.param("to", "2026-06-30")
				.param("format", "XLSX")
				.with(TestUsers.frontOfficial()))
			.andExpect(status().isOk());

		then(this.reports).should()
			.download(eq(FrontSamples.BODY), eq(FROM), eq(TO), eq(ReportClient.ReportFormat.XLSX), any());
	}

}
