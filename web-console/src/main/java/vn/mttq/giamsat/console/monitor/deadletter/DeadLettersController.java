package vn.mttq.giamsat.console.monitor.deadletter;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.giamsat.console.service.PageOf;
import vn.mttq.giamsat.console.service.Section;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.service.ServiceUnavailable;
import vn.mttq.giamsat.console.web.FormProblem;

/**
 * The administrator's dead letters: for each service, the records it put aside and not
 * replayed yet, each with its reason, and forms to replay one or all of them. A service
 * that cannot be reached says so in its place; the others still show.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DeadLettersController {

	static final String PAGE = "/tong-quan/ban-tin-loi";

	private final DeadLetterClient letters;

	private final MessageSource messages;

	DeadLettersController(DeadLetterClient letters, MessageSource messages) {
		this.letters = letters;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String list(Model model) {
		model.addAttribute("services",
				Arrays.stream(ServiceSlug.values())
					.map((slug) -> new ServiceLetters(slug.slug(), slug.service(),
							Section.load(() -> this.letters.pending(slug.service()))))
					.toList());
		return "monitor/dead-letters";
	}

	@PostMapping(PAGE + "/gui-lai")
	String replay(@RequestParam(required = false) String service, @RequestParam(required = false) String id,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Optional<ServiceSlug> slug = ServiceSlug.of(service);
		if (slug.isEmpty() || id == null || id.isBlank() || id.length() > 300) {
			return refused(model, response);
		}
		return act(redirect, slug.get().service(), () -> {
			this.letters.replay(slug.get().service(), id);
			return message("monitor.deadLetters.replayed", id, label(slug.get().service()));
		});
	}

	@PostMapping(PAGE + "/gui-lai-tat-ca")
	String replayAll(@RequestParam(required = false) String service, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Optional<ServiceSlug> slug = ServiceSlug.of(service);
		if (slug.isEmpty()) {
			return refused(model, response);
		}
		return act(redirect, slug.get().service(), () -> message("monitor.deadLetters.replayedAll",
				this.letters.replayAll(slug.get().service()), label(slug.get().service())));
	}

	private String act(RedirectAttributes redirect, Service service, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("done", action.get());
		}
		catch (ServiceProblem problem) {
			redirect.addFlashAttribute("failed", message("monitor.deadLetters.refused", label(service),
					(problem.detail() != null) ? problem.detail() : String.valueOf(problem.status())));
		}
		catch (ServiceUnavailable unavailable) {
			redirect.addFlashAttribute("failed", message("unavailable.section", label(service)));
		}
		return "redirect:" + PAGE;
	}

	private String refused(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("problem", FormProblem.ofSummary(message("monitor.deadLetters.badRequest")));
		return list(model);
	}

	private String label(Service service) {
		return message("service." + service.name());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * One service's part of the page.
	 *
	 * @param slug the service as the forms name it
	 * @param service the service
	 * @param letters its dead letters, or the notice that it cannot be reached
	 */
	public record ServiceLetters(String slug, Service service, Section<PageOf<DeadLetter>> letters) {

		public List<DeadLetter> content() {
			return this.letters.available() ? this.letters.value().content() : List.of();
		}

		/** Whether the service has more waiting than the page shows. */
		public boolean more() {
			return this.letters.available() && this.letters.value().totalElements() > content().size();
		}

	}

}
