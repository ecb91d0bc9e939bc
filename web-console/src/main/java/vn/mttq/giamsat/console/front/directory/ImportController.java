package vn.mttq.giamsat.console.front.directory;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.web.FormProblem;

/**
 * The administrator imports the directory from a CSV or XLSX file, then follows the job:
 * its counts and each refused row with its error.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ImportController {

	private static final String FORM = "front/import";

	private final DirectoryClient directory;

	private final MessageSource messages;

	ImportController(DirectoryClient directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/mat-tran/nhap-danh-ba")
	String form(Model model) {
		model.addAttribute("target", DirectoryClient.ImportTarget.ORGANISATIONS.name());
		return FORM;
	}

	@PostMapping("/mat-tran/nhap-danh-ba")
	String upload(@RequestParam(defaultValue = "ORGANISATIONS") DirectoryClient.ImportTarget target,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		model.addAttribute("target", target.name());
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", FormProblem.ofField("file",
					this.messages.getMessage("front.import.fileRequired", null, LocaleContextHolder.getLocale())));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return FORM;
		}
		try {
			ImportJob job = this.directory.upload(target, file);
			return "redirect:/mat-tran/nhap-danh-ba/" + job.id();
		}
		catch (ServiceProblem problem) {
			model.addAttribute("problem", FormProblem.of(problem, Map.of("file", "file")));
			response.setStatus(problem.status());
			return FORM;
		}
	}

	@GetMapping("/mat-tran/nhap-danh-ba/{id}")
	String job(@PathVariable String id, Model model) {
		model.addAttribute("job", this.directory.job(id));
		return "front/import-job";
	}

}
