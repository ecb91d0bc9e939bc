package vn.mttq.giamsat.recommendation.deadline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.recommendation.deadline.DeadlineEngine;
import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.security.Rules;

/**
 * Answers "what would the due date be?" without tracking anything.
 */
@RestController
@Tag(name = "Deadlines", description = "Due dates previewed on the deadline rules and the working calendar")
class DeadlineController {

	private final DeadlineEngine engine;

	DeadlineController(DeadlineEngine engine) {
		this.engine = engine;
	}

	@GetMapping("/api/v1/deadlines/preview")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "The due date of an item described by its letter kind, item type, activity kind, form "
			+ "and level, issued on a date and optionally received on another, or with a period given "
			+ "(days and counting): the rule, counting, start, each day skipped and why, in Vietnamese and English",
			description = "Tracks nothing. Describe the item as the RecommendationIssued event does (an absent value "
					+ "is unknown). The answer is dueDate, whether it is provisional (the receipt is not known, so a "
					+ "rule counted from receipt counts from the letter's date and the date moves once it is), and the "
					+ "explanation: the rule and its legal source in Vietnamese and English, the counting, the start "
					+ "event and date, every day skipped with its name, source and whether it is confirmed, the "
					+ "adjustments, the calendar version, and the whole sentence in Vietnamese (textVi) and English "
					+ "(textEn).")
	@ApiResponse(responseCode = "200", description = "The due date with its explanation",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = DeadlinePreview.class)))
	@ApiResponse(responseCode = "422",
			description = "`business-rule`: the receipt `receivedOn` comes before the letter's date `issuedOn`; the "
					+ "parameter is named under `errors`.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	DeadlinePreview preview(@Valid @ModelAttribute @ParameterObject PreviewRequest request) {
		if (request.receivedOn() != null && request.receivedOn().isBefore(request.issuedOn())) {
			throw new BusinessRuleException("receivedOn",
					Phrase.of("deadline.received-before-issued",
							"The receipt ({0}) cannot come before the letter''s date ({1})",
							Dates.shown(request.receivedOn()), Dates.shown(request.issuedOn())));
		}
		return DeadlinePreview.of(this.engine.compute(request.input()));
	}

}
