package vn.mttq.giamsat.console.front.letter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.signin.SignedInUser;

/**
 * A letter of the official's body: its items with their live status, its official
 * document (DOCX, PDF) and its signed scan, streamed through the console. Another body's
 * letter looks like nothing.
 */
@Controller
@PreAuthorize("hasRole('FRONT_OFFICIAL')")
class LetterPageController {

	private final LetterClient letters;

	LetterPageController(LetterClient letters) {
		this.letters = letters;
	}

	@GetMapping("/mat-tran/hoat-dong/{activityId}/van-ban/{letterId}")
	String page(@PathVariable String activityId, @PathVariable String letterId, SignedInUser user, Model model) {
		model.addAttribute("letter", ownLetter(activityId, letterId, user));
		return "front/letter";
	}

	@GetMapping("/mat-tran/hoat-dong/{activityId}/van-ban/{letterId}/van-ban-chinh-thuc")
	void officialDocument(@PathVariable String activityId, @PathVariable String letterId,
			@RequestParam(defaultValue = "PDF") String format, SignedInUser user, HttpServletResponse response) {
		ownLetter(activityId, letterId, user);
		this.letters.officialDocument(activityId, letterId, "DOCX".equals(format) ? "DOCX" : "PDF", response);
	}

	@GetMapping("/mat-tran/hoat-dong/{activityId}/van-ban/{letterId}/tai-lieu/{documentId}")
	void scan(@PathVariable String activityId, @PathVariable String letterId, @PathVariable String documentId,
			SignedInUser user, HttpServletResponse response) {
		Letter letter = ownLetter(activityId, letterId, user);
		if (letter.documents().stream().noneMatch((document) -> documentId.equals(document.id()))) {
			throw notFound();
		}
		this.letters.activityDocument(activityId, documentId, response);
	}

	private Letter ownLetter(String activityId, String letterId, SignedInUser user) {
		Letter letter = this.letters.get(activityId, letterId);
		if (letter == null || user.organisationId() == null || !user.organisationId().equals(letter.issuingBodyId())) {
			throw notFound();
		}
		return letter;
	}

	/** The console's 404 page, which says nothing of what exists. */
	private static ServiceProblem notFound() {
		return ServiceProblem.of(Service.SUPERVISION, 404, null);
	}

}
