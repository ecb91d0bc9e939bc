package vn.mttq.giamsat.recommendation.tracking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.support.messaging.PoisonEventException;

/**
 * Starts tracking each issued recommendation exactly once and closes it when withdrawn.
 */
@Service
public class RecommendationTracking {

	private static final Logger log = LoggerFactory.getLogger(RecommendationTracking.class);

	private final RecommendationRepository recommendations;

	private final RecommendationStore store;

	private final DueDates dueDates;

	private final SchedulePolicy policy;

	private final MeterRegistry meters;

	private final Clock clock;

	RecommendationTracking(RecommendationRepository recommendations, RecommendationStore store, DueDates dueDates,
			SchedulePolicy policy, MeterRegistry meters, Clock clock) {
		this.recommendations = recommendations;
		this.store = store;
		this.dueDates = dueDates;
		this.policy = policy;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Tracks an issued item. The recommendation id is the document id, so a redelivered
	 * or republished event finds the item already there and changes nothing.
	 * @param event the issued item
	 * @return {@code true} if tracking started now, {@code false} if it was already
	 * tracked
	 */
	public boolean track(RecommendationIssued event) {
		try {
			// Counted as recommendation.tracked by the monitoring, from the step written.
			this.store.insert(TrackedRecommendation.issued(event, this.dueDates, this.policy, this.clock.instant()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			redelivered(event);
			return false;
		}
	}

	/**
	 * Tracks issued items together, as {@link #track} does one at a time: one read finds
	 * those already tracked, one unordered bulk write inserts the others. An item issued
	 * twice in the batch is tracked from its first event.
	 * @param events the issued items, in the order consumed
	 * @return for each event, whether tracking started now
	 */
	public List<Boolean> trackAll(List<RecommendationIssued> events) {
		Set<String> seen = this.store.tracked(events.stream().map(RecommendationIssued::recommendationId).toList());
		Instant now = this.clock.instant();
		List<Boolean> outcomes = new ArrayList<>(Collections.nCopies(events.size(), false));
		List<Integer> fresh = new ArrayList<>();
		List<TrackedRecommendation> started = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			RecommendationIssued event = events.get(i);
			if (seen.add(event.recommendationId())) {
				fresh.add(i);
				started.add(TrackedRecommendation.issued(event, this.dueDates, this.policy, now));
			}
			else {
				redelivered(event);
			}
		}
		List<Boolean> inserted = this.store.insertAll(started);
		for (int j = 0; j < fresh.size(); j++) {
			outcomes.set(fresh.get(j), inserted.get(j));
			if (!inserted.get(j)) {
				redelivered(events.get(fresh.get(j)));
			}
		}
		return outcomes;
	}

	private void redelivered(RecommendationIssued event) {
		log.debug("Recommendation {} is already tracked; event {} changes nothing", event.recommendationId(),
				event.eventId());
		this.meters.counter("recommendation.issued.redelivered").increment();
	}

	/** Tells whether an item is tracked. */
	public boolean isTracked(String recommendationId) {
		return this.recommendations.existsById(recommendationId);
	}

	/**
	 * Closes a withdrawn item. A repeated event, or one for an item already closed,
	 * changes nothing.
	 * @param event the withdrawal
	 * @return {@code true} if the item was closed now
	 * @throws PoisonEventException for an item that was never tracked, so that the record
	 * waits in the dead-letter list until an operator replays it after its issue
	 */
	public boolean withdraw(RecommendationWithdrawn event) {
		if (!isTracked(event.recommendationId())) {
			throw new PoisonEventException("withdrawal of recommendation '" + event.recommendationId()
					+ "', which is not tracked (its RecommendationIssued never arrived)");
		}
		boolean closed = this.store.change(event.recommendationId(), (recommendation) -> recommendation.withdraw(event))
			.isPresent();
		if (!closed) {
			log.debug("Withdrawal {} of {} changes nothing: already applied or closed", event.eventId(),
					event.recommendationId());
		}
		return closed;
	}

}
