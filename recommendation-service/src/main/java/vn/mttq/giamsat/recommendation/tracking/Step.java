package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.events.DocumentReference;

/**
 * A step a person takes on a recommendation, as the lifecycle checks and applies it.
 *
 * @param action what they do
 * @param note the content: the answer, the explanation, the reason
 * @param documents the ids of documents uploaded on this recommendation that come with
 * the step: the agency's reply, its evidence
 * @param days for {@code EXTEND}: how many days to add
 * @param dueDate for {@code REOPEN}: the new answer date, if the official sets one
 * @param escalateTo for {@code ESCALATE}: the body to take it to, when not the default
 */
public record Step(LifecycleAction action, String note, List<String> documents, Integer days, LocalDate dueDate,
		String escalateTo) {

	public Step {
		documents = (documents != null) ? List.copyOf(documents) : List.of();
	}

	/**
	 * The step as the history records it: what its action leads to, with the person's
	 * words and the documents that came with it.
	 */
	HistoryEntry.Draft drafted(StepActor by, Instant at, List<DocumentReference> references) {
		return HistoryEntry.draft(this.action.transition(), this.action.leadsTo(), by, at)
			.note(this.note)
			.documents(references);
	}

	boolean hasNote() {
		return this.note != null && !this.note.isBlank();
	}

}
