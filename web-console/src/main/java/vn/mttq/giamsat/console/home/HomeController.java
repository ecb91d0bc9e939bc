package vn.mttq.giamsat.console.home;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.mttq.giamsat.console.signin.SignedInUser;

/**
 * Sends each person to the home page of their role: agency officers to {@code /co-quan},
 * Front officials to {@code /mat-tran}, monitors and administrators to
 * {@code /tong-quan}; someone without a known role sees the 403 page.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(SignedInUser user) {
		return "redirect:" + user.home().orElseThrow(() -> new AccessDeniedException("No role the console knows"));
	}

}
