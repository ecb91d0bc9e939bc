package vn.mttq.giamsat.console.monitor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The monitor's and the administrator's home page: for now the name of their body, which
 * the layout's header already shows.
 */
@Controller
@PreAuthorize("hasAnyRole('MONITOR', 'ADMIN')")
class MonitorHomeController {

	@GetMapping("/tong-quan")
	String home() {
		return "monitor/home";
	}

}
