package vn.mttq.giamsat.console.front.letter;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.mttq.giamsat.console.directory.OrganisationNames;
import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.service.ServiceUnavailable;
import vn.mttq.giamsat.console.web.FormProblem;

/**
 * Issuing a letter for an activity, in two steps without JavaScript: the form (rows added
 * with {@code addItem} and removed with {@code removeItem=<i>}, each re-rendering it
 * whole), then the preview with the due date each item will get and its explanation, and
 * only there the button that issues it, beside the signed scan to upload.
 */
@Controller
@PreAuthorize("hasRole('FRONT_OFFICIAL')")
class LetterFormController {

	private static final String FORM = "front/letter-form";

	private static final String PREVIEW = "front/letter-preview";

	private final LetterClient letters;

	private final DeadlineClient deadlines;

	private final OrganisationNames names;

	private final MessageSource messages;

	LetterFormController(LetterClient letters, DeadlineClient deadlines, OrganisationNames names,
			MessageSource messages) {
		this.letters = letters;
		this.deadlines = deadlines;
		this.names = names;
		this.messages = messages;
	}

	@GetMapping("/mat-tran/hoat-dong/{activityId}/van-ban/moi")
	String form(@PathVariable String activityId, Model model) {
		return show(FORM, activityId, new LetterForm(), List.of(), model);
	}

	@PostMapping(path = "/mat-tran/hoat-dong/{activityId}/van-ban", params = "addItem")
	String addItem(@PathVariable String activityId, @ModelAttribute("form") LetterForm form, Model model) {
		form.addRow();
		return show(FORM, activityId, form, List.of(), model);
	}

	@PostMapping(path = "/mat-tran/hoat-dong/{activityId}/van-ban", params = "removeItem")
	String removeItem(@PathVariable String activityId, @RequestParam int removeItem,
			@ModelAttribute("form") LetterForm form, Model model) {
		form.removeRow(removeItem);
		return show(FORM, activityId, form, List.of(), model);
	}

	@PostMapping(path = "/mat-tran/hoat-dong/{activityId}/van-ban", params = "edit")
	String edit(@PathVariable String activityId, @ModelAttribute("form") LetterForm form, Model model) {
		return show(FORM, activityId, form, List.of(), model);
	}

	@PostMapping(path = "/mat-tran/hoat-dong/{activityId}/van-ban", params = "preview")
	String preview(@PathVariable String activityId, @ModelAttribute("form") LetterForm form, Model model,
			HttpServletResponse response) {
		LetterActivity activity = this.letters.activity(activityId);
		FormProblem unreadable = unreadable(form);
		if (unreadable != null) {
			return refused(activity, form, unreadable, 400, model, response);
		}
		List<LetterFormPage.RowPreview> previews = new ArrayList<>();
		for (int i = 0; i < form.getItems().size(); i++) {
			try {
				previews.add(previewRow(activity, form, i));
			}
			catch (ServiceProblem problem) {
				return refused(activity, form, FormProblem.of(problem, previewFields(i)), problem.status(), model,
						response);
			}
			catch (ServiceUnavailable ex) {
				return refused(activity, form, FormProblem.ofSummary(message("front.letter.previewUnavailable")), 503,
						model, response);
			}
		}
		model.addAttribute("page", page(activity, previews));
		return PREVIEW;
	}

	@PostMapping(path = "/mat-tran/hoat-dong/{activityId}/van-ban", params = "issue")
	String issue(@PathVariable String activityId, @ModelAttribute("form") LetterForm form,
			@RequestParam(name = "signedScan", required = false) MultipartFile scan, Model model,
			HttpServletResponse response) throws IOException {
		try {
			if (scan != null && !scan.isEmpty()) {
				form.setSignedScanId(this.letters.uploadSignedScan(activityId, scan));
			}
			Letter letter = this.letters.issue(activityId, form.toRequest());
			return "redirect:/mat-tran/hoat-dong/" + activityId + "/van-ban/" + letter.id();
		}
		catch (ServiceProblem problem) {
			Map<String, String> fields = new LinkedHashMap<>(form.fieldNames());
			fields.put("file", "signedScan");
			return refused(this.letters.activity(activityId), form, FormProblem.of(problem, fields), problem.status(),
					model, response);
		}
	}

	private LetterFormPage.RowPreview previewRow(LetterActivity activity, LetterForm form, int index) {
		LetterForm.ItemRow row = form.getItems().get(index);
		String addressee = this.names.nameOf(row.getAddresseeAgencyId());
		if (StringUtils.hasText(row.getDueDate())) {
			return new LetterFormPage.RowPreview(index, addressee, row.getContent(),
					LocalDate.parse(row.getDueDate().strip()), null, false);
		}
		DuePreview due = this.deadlines.preview(activity, form.getKind(), row.getType(), form.getIssuedOn(), row.days(),
				row.getDueCounting());
		return new LetterFormPage.RowPreview(index, addressee, row.getContent(), due.dueDate(),
				due.text(LocaleContextHolder.getLocale().getLanguage()), due.provisional());
	}

	/** What the console can tell before asking: a date or a number it cannot read. */
	private FormProblem unreadable(LetterForm form) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (!isDate(form.getIssuedOn())) {
			fields.put("issuedOn", message("front.letter.dateRequired"));
		}
		for (int i = 0; i < form.getItems().size(); i++) {
			LetterForm.ItemRow row = form.getItems().get(i);
			if (StringUtils.hasText(row.getDueDate()) && !isDate(row.getDueDate())) {
				fields.put("items[" + i + "].dueDate", message("front.letter.dateUnreadable"));
			}
			if (row.daysUnreadable()) {
				fields.put("items[" + i + "].dueDays", message("front.letter.daysUnreadable"));
			}
		}
		return fields.isEmpty() ? null : new FormProblem(List.of(), fields);
	}

	/** The preview of one row names its parameters: the letter's or the row's fields. */
	private static Map<String, String> previewFields(int index) {
		String row = "items[" + index + "].";
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("issuedOn", "issuedOn");
		fields.put("issuedOnInCalendar", "issuedOn");
		fields.put("letterKind", "kind");
		fields.put("itemType", row + "type");
		fields.put("days", row + "dueDays");
		fields.put("periodWithCounting", row + "dueDays");
		fields.put("counting", row + "dueCounting");
		return fields;
	}

	private static boolean isDate(String text) {
		try {
			return StringUtils.hasText(text) && LocalDate.parse(text.strip()) != null;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private String refused(LetterActivity activity, LetterForm form, FormProblem problem, int status, Model model,
			HttpServletResponse response) {
		model.addAttribute("problem", problem);
		model.addAttribute("form", form);
		model.addAttribute("page", page(activity, List.of()));
		response.setStatus(status);
		return FORM;
	}

	private String show(String view, String activityId, LetterForm form, List<LetterFormPage.RowPreview> previews,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("page", page(this.letters.activity(activityId), previews));
		return view;
	}

	private LetterFormPage page(LetterActivity activity, List<LetterFormPage.RowPreview> previews) {
		List<LetterFormPage.Choice> addressees = activity.supervisedAgencyIds()
			.stream()
			.map((id) -> new LetterFormPage.Choice(id, this.names.nameOf(id)))
			.toList();
		return new LetterFormPage(activity, addressees, previews);
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
