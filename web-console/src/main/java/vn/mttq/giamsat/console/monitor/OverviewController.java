package vn.mttq.giamsat.console.monitor;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.mttq.giamsat.console.directory.OrganisationNames;
import vn.mttq.giamsat.console.service.Section;
import vn.mttq.giamsat.console.signin.SignedInUser;

/**
 * The monitor's and the administrator's overview: open and overdue items by agency and by
 * level, the answered and resolved rates month by month, each agency's row, and the work
 * report of their Front body, for a period chosen by year or by months.
 */
@Controller
@PreAuthorize("hasAnyRole('MONITOR', 'ADMIN')")
class OverviewController {

	private final StatisticsClient statistics;

	private final WorkReportClient reports;

	private final OrganisationNames names;

	private final PeriodChoice periods;

	OverviewController(StatisticsClient statistics, WorkReportClient reports, OrganisationNames names,
			MessageSource messages) {
		this.statistics = statistics;
		this.reports = reports;
		this.names = names;
		this.periods = new PeriodChoice(messages);
	}

	@GetMapping("/tong-quan")
	String overview(@ModelAttribute("form") PeriodForm form, SignedInUser user, Model model,
			HttpServletResponse response) {
		ReportPeriod period = this.periods.choose(form, model, response);
		if (period == null) {
			return "monitor/overview";
		}
		model.addAttribute("overview",
				Section.load(() -> Overview.of(statisticsOf(period, null), this::nameOf, this.periods::levelLabel)));
		model.addAttribute("trend", Section.load(() -> RateTrend.load(this.statistics, period, null)));
		model.addAttribute("report", Section.load(() -> this.reports.report(user.organisationId(), period)));
		return "monitor/overview";
	}

	private StatisticsPage statisticsOf(ReportPeriod period, String agencyId) {
		StatisticsPage page = this.statistics.agencies(period, agencyId);
		return (page != null) ? page : StatisticsPage.empty(period);
	}

	private String nameOf(String agencyId) {
		String name = this.names.nameOf(agencyId);
		return (name != null) ? name : agencyId;
	}

}
