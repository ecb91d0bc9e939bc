package vn.mttq.giamsat.recommendation.tracking.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.recommendation.tracking.RecommendationTracking;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventBatch;
import vn.mttq.giamsat.support.messaging.EventBatch.Event;

/**
 * Applies one batch of {@code supervision.recommendations} in order per item: each run of
 * issued items with one bulk write, each withdrawal alone after the run before it, so a
 * withdrawal finds its item tracked when its issue came earlier in the batch. When that
 * fails for a reason other than the database, the events it had applied are counted with
 * their outcome and the others are applied one at a time, so the one at fault is reported
 * alone.
 */
class ItemEvents {

	private final RecommendationTracking tracking;

	private final ConsumedEvents consumed;

	/** The outcome of each event applied so far, by its index in the batch. */
	private final Map<Integer, Boolean> applied = new HashMap<>();

	ItemEvents(RecommendationTracking tracking, ConsumedEvents consumed) {
		this.tracking = tracking;
		this.consumed = consumed;
	}

	void apply(List<Event<Object>> events) {
		EventBatch.apply(events, this::applyInRuns, (one) -> this.consumed.handled(one.message(),
				this.applied.containsKey(one.index()) ? this.applied.get(one.index()) : applyOne(one.event())));
	}

	private void applyInRuns(List<Event<Object>> events) {
		int start = 0;
		for (int i = 0; i <= events.size(); i++) {
			if (i < events.size() && events.get(i).event() instanceof RecommendationIssued) {
				continue;
			}
			List<Event<Object>> run = events.subList(start, i);
			if (!run.isEmpty()) {
				List<Boolean> tracked = this.tracking
					.trackAll(run.stream().map((event) -> (RecommendationIssued) event.event()).toList());
				for (int j = 0; j < run.size(); j++) {
					this.applied.put(run.get(j).index(), tracked.get(j));
				}
			}
			if (i < events.size()) {
				this.applied.put(events.get(i).index(), applyOne(events.get(i).event()));
			}
			start = i + 1;
		}
		events.forEach((event) -> this.consumed.handled(event.message(), this.applied.get(event.index())));
	}

	private boolean applyOne(Object event) {
		if (event instanceof RecommendationWithdrawn withdrawal) {
			return this.tracking.withdraw(withdrawal);
		}
		return this.tracking.track((RecommendationIssued) event);
	}

}
