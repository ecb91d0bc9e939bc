package vn.mttq.giamsat.supervision.paper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;

/**
 * A letter as the official document the Front signs and sends, for whoever may read the
 * letter.
 */
@RestController
@RequestMapping("/api/v1/activities/{activityId}/letters/{letterId}/official-document")
@Tag(name = "Letters", description = "Recommendation, social-criticism and opinion letters and their items")
class OfficialLetterController {

	private final ReadableLetter.Finder letters;

	private final LetterPaper paper;

	OfficialLetterController(ReadableLetter.Finder letters, LetterPaper paper) {
		this.letters = letters;
		this.paper = paper;
	}

	@GetMapping
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "The letter as an official document in the Front's format (Decree 30/2020, Guidance "
			+ "91/HD-MTTW-BTT): letterhead, number, place and date, addressees, items, recipients and signature "
			+ "block; DOCX to edit or PDF (default) to print. An agency officer gets the items that concern their "
			+ "agency only.")
	@ApiResponse(responseCode = "200", description = "The document as an attachment named after the letter's number",
			content = {
					@Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
							schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
							schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "404",
			description = "`not-found`: no such letter in this activity, or not one the caller may read.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<byte[]> document(@PathVariable @Size(max = 100) String activityId,
			@PathVariable @Size(max = 100) String letterId, @RequestParam(defaultValue = "PDF") PaperFormat format,
			Actor actor) {
		ReadableLetter letter = this.letters.get(activityId, letterId, actor);
		return Downloads.of(format, this.paper.of(letter), Downloads.fileName(letter.letter().number()));
	}

}
