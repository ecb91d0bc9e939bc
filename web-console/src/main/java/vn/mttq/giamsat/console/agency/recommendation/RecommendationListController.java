package vn.mttq.giamsat.console.agency.recommendation;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.mttq.giamsat.console.service.PageOf;
import vn.mttq.giamsat.console.signin.SignedInUser;

/**
 * The recommendations addressed to the agency: overdue first, then by due date, each with
 * how its due date was computed.
 */
@Controller
@PreAuthorize("hasRole('AGENCY_OFFICER')")
class RecommendationListController {

	static final Comparator<Recommendation> OVERDUE_FIRST = Comparator
		.comparing(Recommendation::overdue, Comparator.reverseOrder())
		.thenComparing(Recommendation::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));

	private final RecommendationClient recommendations;

	RecommendationListController(RecommendationClient recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/co-quan/kien-nghi")
	String list(SignedInUser user, Model model) {
		PageOf<Recommendation> page = this.recommendations.addressedTo(user.organisationId());
		List<Recommendation> items = page.content().stream().sorted(OVERDUE_FIRST).toList();
		model.addAttribute("items", items);
		model.addAttribute("total", page.totalElements());
		return "agency/recommendations";
	}

}
