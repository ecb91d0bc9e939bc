package vn.mttq.giamsat.console.monitor;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import vn.mttq.giamsat.console.directory.OrganisationNames;
import vn.mttq.giamsat.console.service.Section;

/**
 * One agency's scorecard for a period: issued, withdrawn, in force, answered, resolved,
 * overdue, the rates and the median days to answer, per issuing level, and its rates
 * month by month.
 */
@Controller
@PreAuthorize("hasAnyRole('MONITOR', 'ADMIN')")
class ScorecardController {

	private final StatisticsClient statistics;

	private final OrganisationNames names;

	private final PeriodChoice periods;

	ScorecardController(StatisticsClient statistics, OrganisationNames names, MessageSource messages) {
		this.statistics = statistics;
		this.names = names;
		this.periods = new PeriodChoice(messages);
	}

	@GetMapping("/tong-quan/co-quan/{agencyId}")
	String scorecard(@PathVariable String agencyId, @ModelAttribute("form") PeriodForm form, Model model,
			HttpServletResponse response) {
		String name = this.names.nameOf(agencyId);
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("agencyName", (name != null) ? name : agencyId);
		ReportPeriod period = this.periods.choose(form, model, response);
		if (period == null) {
			return "monitor/scorecard";
		}
		StatisticsPage scorecard = this.statistics.agencies(period, agencyId);
		model.addAttribute("scorecard", (scorecard != null) ? scorecard : StatisticsPage.empty(period));
		model.addAttribute("trend", Section.load(() -> RateTrend.load(this.statistics, period, agencyId)));
		return "monitor/scorecard";
	}

}
