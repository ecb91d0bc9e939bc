package vn.mttq.giamsat.recommendation.deadline.web;

import java.time.LocalDate;

import vn.mttq.giamsat.recommendation.deadline.Deadline;
import vn.mttq.giamsat.recommendation.deadline.DeadlineExplanation;

/**
 * A due date as the engine would compute it, with its whole explanation.
 *
 * @param dueDate the answer date, {@code null} when no rule applies
 * @param provisional whether it is counted from an earlier event than the rule's (receipt
 * not known yet) and moves once that event is known
 * @param explanation the rule, counting, start, each day skipped, the adjustments and the
 * text in Vietnamese and English
 */
record DeadlinePreview(LocalDate dueDate, boolean provisional, DeadlineExplanation explanation) {

	static DeadlinePreview of(Deadline deadline) {
		return new DeadlinePreview(deadline.dueDate(), deadline.explanation().provisional(), deadline.explanation());
	}

}
