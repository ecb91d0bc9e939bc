package vn.mttq.giamsat.console.agency.inbox;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.giamsat.console.signin.SignedInUser;

/**
 * The agency's inbox, its home page: the notices, newest first, each to mark read or to
 * confirm as received ("xác nhận đã nhận", which counts as the agency's receipt).
 */
@Controller
@PreAuthorize("hasRole('AGENCY_OFFICER')")
class InboxController {

	private final InboxClient inbox;

	InboxController(InboxClient inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/co-quan")
	String inbox(@RequestParam(defaultValue = "0") int page, SignedInUser user, Model model) {
		model.addAttribute("notices", this.inbox.notices(user.organisationId(), Math.max(0, page)));
		return "agency/inbox";
	}

	@PostMapping("/co-quan/thong-bao/{id}/da-doc")
	String markRead(@PathVariable String id, @RequestParam(defaultValue = "0") int page, SignedInUser user) {
		this.inbox.markRead(user.organisationId(), id);
		return "redirect:/co-quan?page=" + Math.max(0, page) + "#notice-" + id;
	}

	@PostMapping("/co-quan/thong-bao/{id}/da-nhan")
	String confirmReceipt(@PathVariable String id, @RequestParam(defaultValue = "0") int page, SignedInUser user,
			RedirectAttributes redirect) {
		this.inbox.confirmReceipt(user.organisationId(), id);
		redirect.addFlashAttribute("confirmed", true);
		return "redirect:/co-quan?page=" + Math.max(0, page) + "#notice-" + id;
	}

}
