package vn.mttq.giamsat.console.agency.contacts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.signin.SignedInUser;
import vn.mttq.giamsat.console.web.FormProblem;

/**
 * The agency's contacts. A webhook needs a secret, which the console makes (as the
 * webhook page says: {@code whsec_} and 32 random bytes) when the URL is new or when
 * asked, and shows once, after saving: notification-service keeps it encrypted and never
 * shows it.
 */
@Controller
@PreAuthorize("hasRole('AGENCY_OFFICER')")
class ContactsController {

	private static final Map<String, String> FIELDS = Map.of("emails", "emails", "language", "language", "webhook",
			"webhookUrl");

	private static final SecureRandom random = new SecureRandom();

	private final ContactsClient contacts;

	ContactsController(ContactsClient contacts) {
		this.contacts = contacts;
	}

	@GetMapping("/co-quan/lien-he")
	String show(SignedInUser user, Model model) {
		Contacts current = this.contacts.get(user.organisationId());
		model.addAttribute("contacts", current);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ContactsForm.of(current));
		}
		return "agency/contacts";
	}

	@PostMapping("/co-quan/lien-he")
	String save(@ModelAttribute("form") ContactsForm form, SignedInUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Contacts current = this.contacts.get(user.organisationId());
		String secret = null;
		ContactsClient.WebhookUpdate webhook = null;
		if (!form.getWebhookUrl().isEmpty()) {
			String currentUrl = (current.webhook() != null) ? current.webhook().url() : null;
			boolean needsSecret = form.isNewSecret() || !Objects.equals(currentUrl, form.getWebhookUrl())
					|| current.webhook() == null || !current.webhook().secretSet();
			secret = needsSecret ? newSecret() : null;
			webhook = new ContactsClient.WebhookUpdate(form.getWebhookUrl(), secret);
		}
		try {
			this.contacts.put(user.organisationId(),
					new ContactsClient.Update(form.emailList(), form.getLanguage(), webhook, current.quietHours()));
		}
		catch (ServiceProblem problem) {
			if (problem.status() == 404 || problem.status() == 403) {
				throw problem;
			}
			model.addAttribute("contacts", current);
			model.addAttribute("problem", FormProblem.of(problem, FIELDS));
			response.setStatus(problem.status());
			return "agency/contacts";
		}
		redirect.addFlashAttribute("saved", true);
		if (secret != null) {
			redirect.addFlashAttribute("secret", secret);
		}
		return "redirect:/co-quan/lien-he";
	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return "whsec_" + Base64.getEncoder().encodeToString(bytes);
	}

}
