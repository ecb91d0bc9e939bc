package vn.mttq.giamsat.console.agency;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The agency officer's home page.
 */
@Controller
@PreAuthorize("hasRole('AGENCY_OFFICER')")
class AgencyHomeController {

	@GetMapping("/co-quan")
	String home() {
		return "agency/home";
	}

}
