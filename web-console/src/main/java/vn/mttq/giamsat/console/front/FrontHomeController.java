package vn.mttq.giamsat.console.front;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Front official's home page: for now the name of the body they act for, which the
 * layout's header already shows.
 */
@Controller
@PreAuthorize("hasRole('FRONT_OFFICIAL')")
class FrontHomeController {

	@GetMapping("/mat-tran")
	String home() {
		return "front/home";
	}

}
