package vn.mttq.giamsat.recommendation.deadline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

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
			+ "(days and counting): the rule, counting, start, each day skipped and why, in Vietnamese and English")
	DeadlinePreview preview(@Valid @ModelAttribute PreviewRequest request) {
		if (request.receivedOn() != null && request.receivedOn().isBefore(request.issuedOn())) {
			throw new BusinessRuleException("receivedOn",
					Phrase.of("deadline.received-before-issued",
							"The receipt ({0}) cannot come before the letter''s date ({1})",
							Dates.shown(request.receivedOn()), Dates.shown(request.issuedOn())));
		}
		return DeadlinePreview.of(this.engine.compute(request.input()));
	}

}
