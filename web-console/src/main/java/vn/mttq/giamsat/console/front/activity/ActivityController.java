package vn.mttq.giamsat.console.front.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.mttq.giamsat.console.directory.OrganisationNames;
import vn.mttq.giamsat.console.front.directory.DirectoryClient;
import vn.mttq.giamsat.console.front.directory.Organisation;
import vn.mttq.giamsat.console.front.letter.LetterClient;
import vn.mttq.giamsat.console.service.Section;
import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.signin.SignedInUser;
import vn.mttq.giamsat.console.web.FormProblem;

/**
 * Recording an activity of the official's body (the supervised agencies found in the
 * directory and ticked, without JavaScript), and the activity's page with its NQLT 403
 * date warnings and its letters.
 */
@Controller
@PreAuthorize("hasRole('FRONT_OFFICIAL')")
class ActivityController {

	private static final String FORM = "front/activity-form";

	private static final int FOUND = 20;

	private static final List<String> FIELDS = List.of("kind", "form", "level", "supervisingBodyId",
			"supervisedAgencyIds", "title", "startDate", "endDate");

	private final ActivityClient activities;

	private final LetterClient letters;

	private final DirectoryClient directory;

	private final OrganisationNames names;

	ActivityController(ActivityClient activities, LetterClient letters, DirectoryClient directory,
			OrganisationNames names) {
		this.activities = activities;
		this.letters = letters;
		this.directory = directory;
		this.names = names;
	}

	@GetMapping("/mat-tran/hoat-dong/moi")
	String form(SignedInUser user, Model model) {
		ActivityForm form = new ActivityForm();
		form.setSupervisingBodyId(user.organisationId());
		return show(form, List.of(), model);
	}

	@PostMapping(path = "/mat-tran/hoat-dong", params = "searchAgencies")
	String searchAgencies(@ModelAttribute("form") ActivityForm form, Model model) {
		List<Organisation> found = StringUtils.hasText(form.getAgencyQuery())
				? this.directory.search(form.getAgencyQuery().strip(), FOUND).content() : List.of();
		return show(form, found, model);
	}

	@PostMapping(path = "/mat-tran/hoat-dong", params = "!searchAgencies")
	String record(@ModelAttribute("form") ActivityForm form, Model model, HttpServletResponse response) {
		try {
			Activity recorded = this.activities.record(form.toRequest());
			return "redirect:/mat-tran/hoat-dong/" + recorded.id();
		}
		catch (ServiceProblem problem) {
			Map<String, String> fields = new LinkedHashMap<>();
			FIELDS.forEach((field) -> fields.put(field, field));
			fields.put("supervisedAgencyIds[0]", "supervisedAgencyIds");
			model.addAttribute("problem", FormProblem.of(problem, fields));
			response.setStatus(problem.status());
			return show(form, List.of(), model);
		}
	}

	@GetMapping("/mat-tran/hoat-dong/{id}")
	String page(@PathVariable String id, Model model) {
		Activity activity = this.activities.get(id);
		model.addAttribute("page", ActivityPage.of(activity, Section.load(() -> this.letters.ofActivity(id))));
		return "front/activity";
	}

	/** The form, the agencies ticked (with their names) and those the search found. */
	private String show(ActivityForm form, List<Organisation> found, Model model) {
		List<AgencyChoice> choices = new ArrayList<>();
		for (String id : form.getSupervisedAgencyIds()) {
			choices.add(new AgencyChoice(id, this.names.nameOf(id), true));
		}
		for (Organisation organisation : found) {
			if (!form.getSupervisedAgencyIds().contains(organisation.id())) {
				choices.add(new AgencyChoice(organisation.id(), organisation.name(), false));
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("agencies", choices);
		model.addAttribute("searched", StringUtils.hasText(form.getAgencyQuery()) && found.isEmpty());
		return FORM;
	}

	/**
	 * An agency to tick.
	 *
	 * @param id its id
	 * @param name its name
	 * @param chosen whether it is ticked
	 */
	record AgencyChoice(String id, String name, boolean chosen) {

	}

}
