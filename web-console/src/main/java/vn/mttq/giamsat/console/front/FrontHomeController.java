package vn.mttq.giamsat.console.front;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.mttq.giamsat.console.front.activity.ActivityClient;
import vn.mttq.giamsat.console.front.item.ItemClient;
import vn.mttq.giamsat.console.front.letter.LetterClient;
import vn.mttq.giamsat.console.service.Section;
import vn.mttq.giamsat.console.signin.SignedInUser;

/**
 * The Front official's home: their body's activities in progress, letters issued
 * recently, items overdue and answers waiting for their review; each part loads on its
 * own, so a service that is down leaves the others shown.
 */
@Controller
@PreAuthorize("hasRole('FRONT_OFFICIAL')")
class FrontHomeController {

	private static final int ROWS = 10;

	private final ActivityClient activities;

	private final LetterClient letters;

	private final ItemClient recommendations;

	FrontHomeController(ActivityClient activities, LetterClient letters, ItemClient recommendations) {
		this.activities = activities;
		this.letters = letters;
		this.recommendations = recommendations;
	}

	@GetMapping("/mat-tran")
	String home(SignedInUser user, Model model) {
		String body = user.organisationId();
		model.addAttribute("home",
				new FrontHome(Section.load(() -> this.activities.inProgress(body, ROWS)),
						Section.load(() -> this.letters.recent(body, ROWS)),
						Section.load(() -> this.recommendations.overdue(body)),
						Section.load(() -> this.recommendations.inStatuses(body, FrontHome.REVIEW_STATUSES))));
		return "front/home";
	}

}
