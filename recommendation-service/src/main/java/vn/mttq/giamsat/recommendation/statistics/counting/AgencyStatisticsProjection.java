package vn.mttq.giamsat.recommendation.statistics.counting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.recommendation.statistics.BucketKey;
import vn.mttq.giamsat.recommendation.statistics.ItemState;
import vn.mttq.giamsat.recommendation.statistics.StatisticsItem;
import vn.mttq.giamsat.support.messaging.ConflictRetry;

/**
 * Keeps the agency statistics from the lifecycle events, a batch at a time: one
 * {@code $in} read of the items' last counted states, their changes worked out in memory
 * (the batch's latest event per item) and summed per year document, then a few unordered
 * bulk writes whatever the size of the batch (see {@link StatisticsWrites}). An event
 * whose sequence the item has already reached (a redelivery, or an older event after a
 * newer one) changes nothing, so the projection is idempotent and safe against
 * reordering.
 */
@Service
public class AgencyStatisticsProjection {

	private static final Logger log = LoggerFactory.getLogger(AgencyStatisticsProjection.class);

	/**
	 * An event whose item another writer changed meanwhile (two instances during a
	 * rebalance) is applied again, at most this many times.
	 */
	private static final int ATTEMPTS = 50;

	private final MongoTemplate mongo;

	private final StatisticsWrites writes;

	private final MeterRegistry meters;

	private final ConflictRetry conflicts = new ConflictRetry(ATTEMPTS);

	AgencyStatisticsProjection(MongoTemplate mongo, StatisticsWrites writes, MeterRegistry meters) {
		this.mongo = mongo;
		this.writes = writes;
		this.meters = meters;
	}

	/**
	 * Applies one event, the per-record way.
	 * @param event the event
	 * @return what it did
	 */
	public Outcome apply(RecommendationLifecycleEvent event) {
		return this.conflicts.run(() -> {
			BatchResult counted = count(List.of(event));
			if (!counted.refused().isEmpty()) {
				throw new OptimisticLockingFailureException(
						"Recommendation " + event.recommendationId() + " changed meanwhile");
			}
			Outcome outcome = counted.outcomes().get(0);
			measure(event, outcome);
			return outcome;
		});
	}

	/**
	 * Applies a batch of events; an item another writer changed meanwhile (two instances
	 * during a rebalance) has its events applied again one by one.
	 * @param events the events, in the order consumed
	 * @return what each did
	 */
	public List<Outcome> applyAll(List<RecommendationLifecycleEvent> events) {
		BatchResult counted = count(events);
		List<Outcome> outcomes = new ArrayList<>(counted.outcomes());
		for (int i = 0; i < events.size(); i++) {
			RecommendationLifecycleEvent event = events.get(i);
			if (counted.refused().contains(event.recommendationId())) {
				outcomes.set(i, apply(event));
			}
			else {
				measure(event, outcomes.get(i));
			}
		}
		return outcomes;
	}

	/**
	 * Counts the events' changes: the latest state of each item, from the state last
	 * counted, written as a few bulk writes.
	 */
	private BatchResult count(List<RecommendationLifecycleEvent> events) {
		Map<String, StatisticsItem> stored = read(
				events.stream().map(RecommendationLifecycleEvent::recommendationId).toList());
		Map<String, StatisticsItem> latest = new HashMap<>(stored);
		Map<String, ItemChange> changes = new LinkedHashMap<>();
		List<Outcome> outcomes = new ArrayList<>(events.size());
		for (RecommendationLifecycleEvent event : events) {
			ItemState state = ItemState.of(event);
			BucketKey at = BucketKey.of(event.recommendation());
			StatisticsItem known = latest.get(state.recommendationId());
			if (known != null && known.sequence() >= state.sequence()) {
				outcomes.add(Outcome.STALE);
				continue;
			}
			outcomes.add((known != null && !known.counted().equals(at)) ? Outcome.MOVED : Outcome.APPLIED);
			latest.put(state.recommendationId(), new StatisticsItem(state.recommendationId(), at, state, null));
			changes.put(state.recommendationId(), ItemChange.of(stored.get(state.recommendationId()), at, state));
		}
		List<ItemChange> all = List.copyOf(changes.values());
		Set<String> refused = this.writes.writeItems(all, stored);
		List<ItemChange> written = all.stream()
			.filter((change) -> !refused.contains(change.recommendationId()))
			.toList();
		Collection<YearWrite> years = ItemChange.byYear(written).values();
		this.writes.count(years);
		this.writes.complete(written, years);
		return new BatchResult(outcomes, refused);
	}

	/**
	 * Reads the items' last counted states with one {@code $in}; an item whose change was
	 * interrupted is completed first.
	 */
	private Map<String, StatisticsItem> read(List<String> recommendationIds) {
		Map<String, StatisticsItem> items = new HashMap<>();
		Query query = Query.query(Criteria.where("_id").in(Set.copyOf(recommendationIds)));
		for (StatisticsItem item : this.mongo.find(query, StatisticsItem.class)) {
			if (item.pending() != null) {
				log.info("Completing the interrupted statistics change of recommendation {} (sequence {})", item.id(),
						item.sequence());
				item = this.writes.resume(item);
			}
			items.put(item.id(), item);
		}
		return items;
	}

	private void measure(RecommendationLifecycleEvent event, Outcome outcome) {
		this.meters.counter("statistics.events", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
		log.debug("Event {} (sequence {} of {}): {}", event.eventId(), event.sequence(), event.recommendationId(),
				outcome);
	}

	/**
	 * What a batch did: each event's outcome, and the items left alone because another
	 * writer changed them meanwhile.
	 */
	private record BatchResult(List<Outcome> outcomes, Set<String> refused) {
	}

	/**
	 * What an event did to the statistics.
	 */
	public enum Outcome {

		/** Counted. */
		APPLIED,

		/** Counted, and taken out of the month that counted the item before. */
		MOVED,

		/** Already applied, or older than what was applied: nothing changed. */
		STALE

	}

}
