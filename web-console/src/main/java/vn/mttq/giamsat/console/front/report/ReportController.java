package vn.mttq.giamsat.console.front.report;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.signin.SignedInUser;
import vn.mttq.giamsat.console.web.DisplayFormats;
import vn.mttq.giamsat.console.web.FormProblem;

/**
 * The work report of the official's body (and the bodies under it) for a period: the
 * Vietnamese paragraph on the page, the files to download.
 */
@Controller
@PreAuthorize("hasRole('FRONT_OFFICIAL')")
class ReportController {

	private final ReportClient reports;

	ReportController(ReportClient reports) {
		this.reports = reports;
	}

	@GetMapping("/mat-tran/bao-cao")
	String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			SignedInUser user, Model model, HttpServletResponse response) {
		LocalDate today = LocalDate.now(DisplayFormats.ZONE);
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end.withDayOfYear(1);
		String text = null;
		try {
			text = this.reports.text(user.organisationId(), start, end);
		}
		catch (ServiceProblem problem) {
			model.addAttribute("problem", FormProblem.of(problem, Map.of("from", "from", "to", "to")));
			response.setStatus(problem.status());
		}
		model.addAttribute("page", new ReportPage(start, end, text));
		return "front/report";
	}

	@GetMapping("/mat-tran/bao-cao/tai-ve")
	void download(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam ReportClient.ReportFormat format, SignedInUser user, HttpServletResponse response) {
		this.reports.download(user.organisationId(), from, to, format, response);
	}

	/**
	 * The period and the report's text.
	 *
	 * @param from the first day
	 * @param to the last day
	 * @param text the report in words, null when refused
	 */
	record ReportPage(LocalDate from, LocalDate to, String text) {

		public ReportClient.ReportFormat[] formats() {
			return ReportClient.ReportFormat.values();
		}

	}

}
