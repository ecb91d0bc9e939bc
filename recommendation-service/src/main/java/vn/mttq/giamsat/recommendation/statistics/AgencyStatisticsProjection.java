package vn.mttq.giamsat.recommendation.statistics;

import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.support.messaging.ConflictRetry;

/**
 * Keeps the agency statistics from the lifecycle events: each event replaces its
 * recommendation's state in its bucket and adjusts the counters by the difference, in one
 * write guarded by the item's sequence (or, for the rare item that moves between buckets,
 * by the bucket's version). Only the item's own state is read and written, so an event
 * costs the same whatever the size of its bucket. An event whose sequence the bucket has
 * already reached (a redelivery, or an older event after a newer one) changes nothing, so
 * the projection is idempotent and safe against reordering.
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

	private final ConflictRetry conflicts = new ConflictRetry(ATTEMPTS);

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
		return this.conflicts.run(() -> {
			Outcome outcome = applyOnce(key, state);
			this.meters.counter("statistics.events", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
			log.debug("Event {} (sequence {} of {}): {}", event.eventId(), event.sequence(), event.recommendationId(),
					outcome);
			return outcome;
		});
	}

	private Outcome applyOnce(BucketKey key, ItemState state) {
		String id = state.recommendationId();
		StatisticsBucket entry = readEntry(key, id);
		if (entry != null && entry.knownSequence(id) >= state.sequence()) {
			return Outcome.STALE;
		}
		if (entry != null && entry.counts(id)) {
			replaceInPlace(key, entry.items().get(0), state);
			return Outcome.APPLIED;
		}
		Outcome outcome = Outcome.APPLIED;
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
		boolean movedAwayFromHere = entry != null && entry.knownSequence(id) > 0;
		if (movedAwayFromHere) {
			putWhole(key, state);
		}
		else {
			addInPlace(key, state);
		}
		return outcome;
	}

	/**
	 * Reads of a bucket only what it knows of one item: its state, or the mark it left
	 * when it moved away (an {@code $elemMatch} projection each), so that an event costs
	 * the same in a bucket of ten items as in one of ten thousand.
	 * @return the bucket with at most that item and that mark, {@code null} if there is
	 * no bucket; never to be saved
	 */
	private StatisticsBucket readEntry(BucketKey key, String recommendationId) {
		Query query = Query.query(Criteria.where("_id").is(key.id()));
		query.fields()
			.include("agencyId", "level", "month", "version")
			.elemMatch("items", Criteria.where("recommendationId").is(recommendationId))
			.elemMatch("moved", Criteria.where("recommendationId").is(recommendationId));
		return this.mongo.findOne(query, StatisticsBucket.class);
	}

	/**
	 * Replaces a counted item's state and adjusts the counters by the difference, in one
	 * write guarded by the item's sequence: a concurrent event for the same item makes it
	 * match nothing, and the attempt starts again.
	 */
	private void replaceInPlace(BucketKey key, ItemState old, ItemState state) {
		Query unchanged = Query.query(Criteria.where("_id")
			.is(key.id())
			.and("items")
			.elemMatch(
					Criteria.where("recommendationId").is(old.recommendationId()).and("sequence").is(old.sequence())));
		Update update = counted(Tally.difference(old, state)).set("items.$[item]", state)
			.filterArray(Criteria.where("item.recommendationId").is(old.recommendationId()));
		if (this.mongo.updateFirst(unchanged, update, StatisticsBucket.class).getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException(
					"Item " + old.recommendationId() + " of statistics bucket " + key.id() + " changed meanwhile");
		}
	}

	/**
	 * Adds an item the bucket has never seen, creating the bucket if need be. The filter
	 * matches only a bucket still without the item; if another writer added it meanwhile
	 * the upsert's insert fails on the bucket's id, and the attempt starts again.
	 */
	private void addInPlace(BucketKey key, ItemState state) {
		Query without = Query.query(Criteria.where("_id")
			.is(key.id())
			.and("items.recommendationId")
			.ne(state.recommendationId())
			.and("moved.recommendationId")
			.ne(state.recommendationId()));
		Update update = counted(Tally.difference(null, state)).push("items", state)
			.setOnInsert("agencyId", key.agencyId())
			.setOnInsert("level", key.level())
			.setOnInsert("month", key.month().toString());
		this.mongo.upsert(without, update, StatisticsBucket.class);
	}

	private static Update counted(Tally difference) {
		Update update = new Update().inc("version", 1);
		difference.increments().forEach((field, by) -> update.inc("tally." + field, by));
		return update;
	}

	/**
	 * The whole-bucket way, for the rare item that comes back to a bucket it moved away
	 * from: the bucket is read whole and written back under its version.
	 */
	private void putWhole(BucketKey key, ItemState state) {
		StatisticsBucket bucket = Optional.ofNullable(read(Criteria.where("_id").is(key.id())))
			.orElseGet(() -> StatisticsBucket.empty(key));
		if (bucket.knownSequence(state.recommendationId()) >= state.sequence()) {
			// Raced with a newer event; the loop reads again and finds it stale.
			throw new OptimisticLockingFailureException("Statistics bucket " + key.id() + " changed meanwhile");
		}
		bucket.put(state);
		this.mongo.save(bucket);
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
