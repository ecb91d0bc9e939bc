package vn.mttq.giamsat.recommendation.statistics;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;

/**
 * Keeps the agency statistics from the lifecycle events: each event replaces its
 * recommendation's state in its bucket, counters included, in one write guarded by the
 * bucket's version. An event whose sequence the bucket has already reached (a redelivery,
 * or an older event after a newer one) changes nothing, so the projection is idempotent
 * and safe against reordering.
 */
@Service
class AgencyStatisticsProjection {

	private static final Logger log = LoggerFactory.getLogger(AgencyStatisticsProjection.class);

	/**
	 * Concurrent writers of one bucket try again after a short random pause; beyond this
	 * many attempts, the conflict goes up to the consumer's infrastructure retry.
	 */
	private static final int ATTEMPTS = 50;

	private final MongoTemplate mongo;

	private final MeterRegistry meters;

	AgencyStatisticsProjection(MongoTemplate mongo, MeterRegistry meters) {
		this.mongo = mongo;
		this.meters = meters;
	}

	/**
	 * Applies one event.
	 * @param event the event
	 * @return what it did
	 */
	Outcome apply(RecommendationLifecycleEvent event) {
		ItemState state = ItemState.of(event);
		BucketKey key = BucketKey.of(event.recommendation());
		for (int attempt = 1;; attempt++) {
			try {
				Outcome outcome = applyOnce(key, state);
				this.meters.counter("statistics.events", "outcome", outcome.name().toLowerCase(Locale.ROOT))
					.increment();
				log.debug("Event {} (sequence {} of {}): {}", event.eventId(), event.sequence(),
						event.recommendationId(), outcome);
				return outcome;
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				pause(attempt);
			}
		}
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextInt(1 + Math.min(attempt, 10) * 2));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while applying a lifecycle event", ex);
		}
	}

	private Outcome applyOnce(BucketKey key, ItemState state) {
		String id = state.recommendationId();
		StatisticsBucket bucket = Optional.ofNullable(read(Criteria.where("_id").is(key.id())))
			.orElseGet(() -> StatisticsBucket.empty(key));
		if (bucket.knownSequence(id) >= state.sequence()) {
			return Outcome.STALE;
		}
		Outcome outcome = Outcome.APPLIED;
		if (!bucket.counts(id)) {
			// New here: either a first event, or the item is counted in another bucket.
			StatisticsBucket previous = read(Criteria.where("items.recommendationId").is(id).and("_id").ne(key.id()));
			if (previous != null) {
				if (previous.knownSequence(id) >= state.sequence()) {
					return Outcome.STALE;
				}
				log.info("Recommendation {} moves from statistics bucket {} to {}", id, previous.id(), key.id());
				previous.moveAway(id, state.sequence(), key.id());
				this.mongo.save(previous);
				outcome = Outcome.MOVED;
			}
		}
		bucket.put(state);
		this.mongo.save(bucket);
		return outcome;
	}

	/**
	 * Reads a bucket as one consistent snapshot. The projection matters only to the
	 * embedded wire server: without one it hands out its live document, which a
	 * concurrent write can change while it is being sent, and such a torn read (new
	 * version, old counters) would defeat the version guard; with one it sends a copy
	 * made under its lock. MongoDB reads a document atomically either way.
	 */
	private StatisticsBucket read(Criteria criteria) {
		Query query = Query.query(criteria);
		query.fields().exclude("_class");
		return this.mongo.findOne(query, StatisticsBucket.class);
	}

	/**
	 * What an event did to the statistics.
	 */
	enum Outcome {

		/** Counted. */
		APPLIED,

		/** Counted, and taken out of the bucket that counted the item before. */
		MOVED,

		/** Already applied, or older than what was applied: nothing changed. */
		STALE

	}

}
