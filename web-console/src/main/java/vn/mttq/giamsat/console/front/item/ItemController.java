package vn.mttq.giamsat.console.front.item;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.giamsat.console.front.letter.LetterClient;
import vn.mttq.giamsat.console.service.Section;
import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.web.FormProblem;

/**
 * Reviewing an agency's answer or report on one item: accept and close it, send it back,
 * close it unresolved, agree, extend or pause its deadline, withdraw it; the agency's
 * files streamed through the console.
 */
@Controller
@PreAuthorize("hasRole('FRONT_OFFICIAL')")
class ItemController {

	private static final String PAGE = "front/item";

	private final ItemClient recommendations;

	private final LetterClient letters;

	private final MessageSource messages;

	ItemController(ItemClient recommendations, LetterClient letters, MessageSource messages) {
		this.recommendations = recommendations;
		this.letters = letters;
		this.messages = messages;
	}

	@GetMapping("/mat-tran/kien-nghi/{id}")
	String page(@PathVariable String id, Model model) {
		Recommendation item = this.recommendations.get(id);
		model.addAttribute("page", ItemPage.of(item, Section.load(() -> this.recommendations.documents(id))));
		return PAGE;
	}

	@PostMapping("/mat-tran/kien-nghi/{id}")
	String step(@PathVariable String id, @RequestParam String action, @RequestParam long version,
			@RequestParam(required = false) String note, @RequestParam(required = false) String days, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Recommendation item = this.recommendations.get(id);
		if (!ItemPage.FRONT_ACTIONS.contains(action)) {
			return refused(item, action, note, days, FormProblem.ofSummary(message("front.item.unknownAction")), 400,
					model, response);
		}
		try {
			if ("WITHDRAW".equals(action)) {
				this.letters.withdraw(item.activityId(), item.letterId(), id, note);
			}
			else {
				this.recommendations.step(id, version, body(action, note, days));
			}
		}
		catch (ServiceProblem problem) {
			Recommendation current = (problem.status() == 412 || problem.status() == 409) ? this.recommendations.get(id)
					: item;
			return refused(current, action, note, days, explain(problem, action), problem.status(), model, response);
		}
		redirect.addFlashAttribute("done", action);
		return "redirect:/mat-tran/kien-nghi/" + id;
	}

	private String refused(Recommendation item, String action, String note, String days, FormProblem problem,
			int status, Model model, HttpServletResponse response) {
		model.addAttribute("page", ItemPage.withTyped(item,
				Section.load(() -> this.recommendations.documents(item.id())), action, note, days));
		model.addAttribute("problem", problem);
		response.setStatus(status);
		return PAGE;
	}

	@GetMapping("/mat-tran/kien-nghi/{id}/tai-lieu/{documentId}")
	void download(@PathVariable String id, @PathVariable String documentId, HttpServletResponse response) {
		this.recommendations.download(id, documentId, response);
	}

	private static Map<String, Object> body(String action, String note, String days) {
		Map<String, Object> body = new HashMap<>();
		body.put("action", action);
		if (StringUtils.hasText(note)) {
			body.put("note", note.strip());
		}
		if (StringUtils.hasText(days)) {
			body.put("days", days.strip());
		}
		return body;
	}

	/** A conflict in plain words; anything else beside the field it names. */
	private FormProblem explain(ServiceProblem problem, String action) {
		if (problem.status() == 412) {
			return FormProblem.ofSummary(message("front.item.stale"));
		}
		if (problem.status() == 409) {
			return FormProblem.ofSummary(message("front.item.invalidState"));
		}
		return FormProblem.of(problem,
				Map.of("note", "note-" + action, "reason", "note-" + action, "days", "days-" + action));
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
