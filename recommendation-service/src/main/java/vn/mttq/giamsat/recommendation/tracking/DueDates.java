package vn.mttq.giamsat.recommendation.tracking;

import vn.mttq.giamsat.recommendation.deadline.Deadline;
import vn.mttq.giamsat.recommendation.deadline.DeadlineInput;

/**
 * Computes a due date with its explanation; the deadline engine in production, a fixed
 * rule in some tests.
 */
@FunctionalInterface
public interface DueDates {

	Deadline compute(DeadlineInput input);

}
