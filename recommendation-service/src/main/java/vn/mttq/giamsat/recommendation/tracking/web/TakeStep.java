package vn.mttq.giamsat.recommendation.tracking.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.mttq.giamsat.recommendation.tracking.LifecycleAction;
import vn.mttq.giamsat.recommendation.tracking.Step;
import vn.mttq.giamsat.support.text.SingleLine;

/**
 * A step a person takes on a recommendation, as the API receives it.
 *
 * @param action what they do
 * @param note the content: the answer, the explanation, the reason; required for most
 * actions
 * @param documents the ids of files uploaded on this recommendation by your organisation
 * and not yet attached to a step: the agency's reply, its evidence; a resolution report
 * needs at least one, as evidence
 * @param days for {@code EXTEND}: how many days to add, in the rule's counting
 * @param dueDate for {@code REOPEN}: the new answer date, if the official sets one
 * @param escalateTo for {@code ESCALATE}: the body to take it to, when not the default
 * (the agency's superior, else the Front one level up)
 */
record TakeStep(@NotNull LifecycleAction action, @Size(max = 4000) String note,
		@Size(max = 20) List<@NotBlank @SingleLine @Size(max = 100) String> documents, @Min(1) @Max(365) Integer days,
		LocalDate dueDate, @Size(min = 1, max = 100) @SingleLine String escalateTo) {

	public TakeStep {
		documents = (documents != null) ? List.copyOf(documents) : List.of();
	}

	Step step() {
		return new Step(this.action, this.note, this.documents, this.days, this.dueDate, this.escalateTo);
	}

}
