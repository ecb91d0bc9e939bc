package vn.mttq.giamsat.console.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.service.ServiceUnavailable;

/**
 * What a page shows when a service fails it and the page has nothing better to do: a
 * service that cannot be reached is a 503 page naming it; a service's 404 or 403 is the
 * console's own 404 or 403 page, which says nothing of what exists; anything else shows
 * the service's words; a page the person's role may not open is the 403 page. A page that
 * can do better (a form) catches the problem itself.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

	private final LayoutModel layout;

	ErrorPages(LayoutModel layout) {
		this.layout = layout;
	}

	@ExceptionHandler(AccessDeniedException.class)
	String forbidden(Model model, HttpServletRequest request, HttpServletResponse response) {
		this.layout.addTo(model, request);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "error/403";
	}

	@ExceptionHandler(ServiceUnavailable.class)
	String unavailable(ServiceUnavailable ex, Model model, HttpServletRequest request, HttpServletResponse response) {
		this.layout.addTo(model, request);
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		model.addAttribute("service", ex.service());
		return "error/unavailable";
	}

	@ExceptionHandler(ServiceProblem.class)
	String problem(ServiceProblem ex, Model model, HttpServletRequest request, HttpServletResponse response) {
		this.layout.addTo(model, request);
		if (ex.status() == 404 || ex.status() == 403) {
			response.setStatus(ex.status());
			return "error/" + ex.status();
		}
		response.setStatus((ex.status() >= 400 && ex.status() < 500) ? ex.status() : 502);
		model.addAttribute("problem", FormProblem.of(ex, Map.of()));
		return "error/problem";
	}

}
