package vn.mttq.giamsat.recommendation.tracking;

import java.util.List;

/**
 * Published once the steps of a recommendation are written, under its version: each step
 * a person, an event or the scheduler really took is announced exactly once, never for an
 * attempt that lost to a concurrent change nor for a redelivered event that changed
 * nothing.
 *
 * @param recommendation the recommendation as written
 * @param steps the steps just written, oldest first
 */
public record StepsWritten(TrackedRecommendation recommendation, List<HistoryEntry> steps) {

	public StepsWritten {
		steps = List.copyOf(steps);
	}

}
