package vn.mttq.giamsat.console.agency.recommendation;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.web.FormProblem;

/**
 * One recommendation: what it asks, its letter, due date and explanation, documents and
 * history, and the answer form. Files are uploaded first, then the step names them; the
 * step is taken on the version the page showed, so an item someone changed meanwhile is
 * shown again, with what was typed kept, instead of being overwritten.
 */
@Controller
@PreAuthorize("hasRole('AGENCY_OFFICER')")
class RecommendationController {

	/** The answer form's fields for each field recommendation-service may name. */
	private static final Map<String, String> FIELDS = Map.of("action", "action", "note", "note", "documents",
			"evidence", "file", "reply");

	private final RecommendationClient recommendations;

	private final MessageSource messages;

	RecommendationController(RecommendationClient recommendations, MessageSource messages) {
		this.recommendations = recommendations;
		this.messages = messages;
	}

	@GetMapping("/co-quan/kien-nghi/{id}")
	String show(@PathVariable String id, Model model) {
		Recommendation item = this.recommendations.get(id);
		return page(item, AnswerForm.blank(item.version()), model);
	}

	@PostMapping("/co-quan/kien-nghi/{id}/tra-loi")
	String answer(@PathVariable String id, @ModelAttribute("form") AnswerForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (form.getVersion() == null) {
			// A form that does not say what it was decided on is decided again on what is
			// there now.
			model.addAttribute("conflict", true);
			return refused(id, form, null, 409, model, response);
		}
		if (!AgencyActions.ALL.contains(form.getAction())) {
			return refused(id, form, FormProblem.ofField("action", text("agency.answer.chooseAction")), 422, model,
					response);
		}
		for (String purpose : new String[] { "REPLY", "EVIDENCE" }) {
			MultipartFile file = "REPLY".equals(purpose) ? form.getReply() : form.getEvidence();
			if (file != null && !file.isEmpty()) {
				try {
					form.uploaded(this.recommendations.upload(id, file, purpose), file.getOriginalFilename());
				}
				catch (ServiceProblem problem) {
					String field = "REPLY".equals(purpose) ? "reply" : "evidence";
					return refused(id, form, FormProblem.ofField(field, problem.detail()), problem.status(), model,
							response);
				}
			}
		}
		try {
			this.recommendations.takeStep(id, form.getVersion(), form.getAction(),
					StringUtils.hasText(form.getNote()) ? form.getNote().strip() : null, form.getUploaded());
		}
		catch (ServiceProblem problem) {
			if (problem.status() == 404 || problem.status() == 403) {
				throw problem;
			}
			if (problem.is("stale-version") || problem.status() == 412) {
				model.addAttribute("conflict", true);
				return refused(id, form, null, 409, model, response);
			}
			return refused(id, form, FormProblem.of(problem, FIELDS), problem.status(), model, response);
		}
		redirect.addFlashAttribute("answered", form.getAction());
		return "redirect:/co-quan/kien-nghi/" + id;
	}

	/** The page again, as the item is now, with the form as it was typed. */
	private String refused(String id, AnswerForm form, FormProblem problem, int status, Model model,
			HttpServletResponse response) {
		Recommendation item = this.recommendations.get(id);
		if (Boolean.TRUE.equals(model.getAttribute("conflict"))) {
			// Sent again, the answer is decided on what the person now sees.
			form.setVersion(item.version());
		}
		model.addAttribute("problem", problem);
		response.setStatus(status);
		return page(item, form, model);
	}

	private String page(Recommendation item, AnswerForm form, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("actions", AgencyActions.allowedOn(item));
		model.addAttribute("explanation", item.explanation(LocaleContextHolder.getLocale()));
		return "agency/recommendation";
	}

	private String text(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
