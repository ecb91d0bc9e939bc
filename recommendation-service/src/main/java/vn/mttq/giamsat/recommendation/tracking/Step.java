package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A step a person takes on a recommendation, as the lifecycle checks and applies it.
 *
 * @param action what they do
 * @param note the content: the answer, the explanation, the reason
 * @param attachments references to documents kept elsewhere
 * @param days for {@code EXTEND}: how many days to add
 * @param dueDate for {@code REOPEN}: the new answer date, if the official sets one
 * @param escalateTo for {@code ESCALATE}: the body to take it to, when not the default
 */
public record Step(LifecycleAction action, String note, List<String> attachments, Integer days, LocalDate dueDate,
		String escalateTo) {

	public Step {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/**
	 * The step as the history records it: what its action leads to, with the person's
	 * words and documents.
	 */
	HistoryEntry.Draft drafted(StepActor by, Instant at) {
		return HistoryEntry.draft(this.action.transition(), this.action.leadsTo(), by, at)
			.note(this.note)
			.attachments(this.attachments);
	}

	boolean hasNote() {
		return this.note != null && !this.note.isBlank();
	}

}
