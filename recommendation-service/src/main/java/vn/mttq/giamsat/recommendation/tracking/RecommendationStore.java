package vn.mttq.giamsat.recommendation.tracking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.support.messaging.ConflictRetry;
import vn.mttq.giamsat.support.messaging.EventMetadata;
import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.outbox.OutboxEvents;
import vn.mttq.giamsat.support.outbox.OutboxRelay;

/**
 * Writes a recommendation together with the lifecycle events of its new steps in one
 * document write: state, history and outbox cannot part. An update is guarded by the
 * version it was read at, so a concurrent change is detected and never overwritten; it
 * leaves the outbox entries already there alone (the relay marks them sent in place) and
 * appends the new ones. Once written, the new steps are announced as
 * {@link StepsWritten}.
 */
@Component
public class RecommendationStore {

	static final String COLLECTION = "recommendations";

	private static final Logger log = LoggerFactory.getLogger(RecommendationStore.class);

	private static final int ATTEMPTS = 5;

	private final MongoTemplate mongo;

	private final OutboxEvents outbox;

	private final OutboxRelay relay;

	private final ApplicationEventPublisher publisher;

	private final ConflictRetry conflicts = new ConflictRetry(ATTEMPTS);

	RecommendationStore(MongoTemplate mongo, OutboxEvents outbox, OutboxRelay relay,
			ApplicationEventPublisher publisher) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.relay = relay;
		this.publisher = publisher;
	}

	/**
	 * Reads a recommendation to change it. The projection matters to the embedded wire
	 * server only: without one it sends its live document, which a concurrent write can
	 * change while it is being sent, and such a torn read (new version, old state) would
	 * pass the version guard; with one it sends a copy made under its lock. MongoDB reads
	 * a document atomically either way. The outbox is left out: the store only appends to
	 * it.
	 */
	public Optional<TrackedRecommendation> find(String id) {
		List<TrackedRecommendation> found = find(Query.query(Criteria.where("_id").is(id)));
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	/**
	 * Reads recommendations to change them, each as one consistent snapshot.
	 * @see #find(String)
	 */
	List<TrackedRecommendation> find(Query query) {
		query.fields().exclude("_class").exclude("outbox");
		return this.mongo.find(query, TrackedRecommendation.class, COLLECTION);
	}

	/**
	 * Changes a recommendation: applies the change to the state read and writes it under
	 * that state's version; if someone else wrote in between, reads again and decides
	 * again on the new state, up to {@value #ATTEMPTS} times.
	 * @param id the recommendation
	 * @param change takes steps on the state it is given; returns {@code false} when
	 * there is nothing to write; its exceptions (a refused step) propagate
	 * @return the recommendation as written; empty if it is not tracked or the change had
	 * nothing to write
	 */
	Optional<TrackedRecommendation> change(String id, Predicate<TrackedRecommendation> change) {
		return change(null, id, change);
	}

	/**
	 * Changes a recommendation already read, as {@link #change(String, Predicate)}.
	 * @param read the state already read; read again only after a concurrent change
	 */
	Optional<TrackedRecommendation> change(TrackedRecommendation read, Predicate<TrackedRecommendation> change) {
		return change(read, read.id(), change);
	}

	private Optional<TrackedRecommendation> change(TrackedRecommendation read, String id,
			Predicate<TrackedRecommendation> change) {
		AtomicReference<TrackedRecommendation> known = new AtomicReference<>(read);
		return this.conflicts.run(() -> {
			// The first attempt may use the state already read; after a conflict, the
			// state is read afresh.
			TrackedRecommendation current = known.getAndSet(null);
			if (current == null) {
				current = find(id).orElse(null);
				if (current == null) {
					return Optional.empty();
				}
			}
			if (!change.test(current)) {
				return Optional.empty();
			}
			update(current);
			return Optional.of(current);
		});
	}

	/**
	 * Inserts a newly tracked recommendation.
	 * @throws org.springframework.dao.DuplicateKeyException if it is already tracked
	 */
	void insert(TrackedRecommendation recommendation) {
		this.mongo.insert(newDocument(recommendation), COLLECTION);
		inserted(recommendation);
	}

	/**
	 * Inserts newly tracked recommendations with one unordered bulk write. One that is
	 * already tracked (a duplicate key: another delivery tracked it meanwhile) is left as
	 * it is; the others are inserted whatever happens to it.
	 * @param recommendations the recommendations, each tracked once at most
	 * @return for each, whether it was inserted now
	 * @throws BulkOperationException for a failure other than a duplicate key, once the
	 * recommendations inserted are announced
	 */
	List<Boolean> insertAll(List<TrackedRecommendation> recommendations) {
		if (recommendations.isEmpty()) {
			return List.of();
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		bulk.insert(recommendations.stream().map(this::newDocument).toList());
		Set<Integer> refused = new HashSet<>();
		BulkOperationException failure = null;
		try {
			bulk.execute();
		}
		catch (BulkOperationException ex) {
			for (BulkWriteError error : ex.getErrors()) {
				refused.add(error.getIndex());
				if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
					failure = ex;
				}
			}
			if (ex.getErrors().isEmpty()) {
				throw ex;
			}
		}
		List<Boolean> outcomes = new ArrayList<>(recommendations.size());
		for (int i = 0; i < recommendations.size(); i++) {
			outcomes.add(!refused.contains(i));
			if (!refused.contains(i)) {
				inserted(recommendations.get(i));
			}
		}
		if (failure != null) {
			throw failure;
		}
		return outcomes;
	}

	/**
	 * Tells which of some recommendations are tracked, with one read of their ids.
	 * @param ids the recommendations
	 * @return those tracked
	 */
	Set<String> tracked(Collection<String> ids) {
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, COLLECTION)
			.stream()
			.map((found) -> found.getString("_id"))
			.collect(Collectors.toSet());
	}

	private Document newDocument(TrackedRecommendation recommendation) {
		Document document = new Document();
		this.mongo.getConverter().write(recommendation, document);
		document.put("version", 0L);
		document.put("outbox", outboxDocuments(recommendation.newEvents()));
		return document;
	}

	private void inserted(TrackedRecommendation recommendation) {
		written(recommendation, 0L);
	}

	/**
	 * Saves the steps taken since the recommendation was read.
	 * @throws OptimisticLockingFailureException if someone else changed it meanwhile
	 */
	void update(TrackedRecommendation recommendation) {
		if (recommendation.newSteps() == 0) {
			return;
		}
		if (this.mongo.updateFirst(current(recommendation), changes(recommendation), COLLECTION)
			.getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException("Recommendation " + recommendation.id()
					+ " was changed by someone else since version " + recommendation.version());
		}
		written(recommendation, recommendation.version() + 1);
	}

	/**
	 * Saves the steps taken on recommendations since they were read, as {@link #update}
	 * does one, with one unordered bulk of version-guarded updates. The bulk's result
	 * counts the updates that matched without naming them, and another writer bumps the
	 * version too; so when some did not match, one read of the new events' ids in the
	 * outboxes (an entry not sent yet is never pruned) tells those written.
	 * @param recommendations the recommendations, each once, whose new steps each publish
	 * a lifecycle event
	 * @return those someone else changed since they were read, left unwritten, for the
	 * caller to decide again on their state as it is now
	 * @throws BulkOperationException if some updates failed, once those written are
	 * announced
	 */
	List<TrackedRecommendation> updateAll(List<TrackedRecommendation> recommendations) {
		List<TrackedRecommendation> changed = recommendations.stream()
			.filter((recommendation) -> recommendation.newSteps() > 0)
			.toList();
		if (changed.isEmpty()) {
			return List.of();
		}
		changed.forEach((recommendation) -> Assert.isTrue(!recommendation.newEvents().isEmpty(),
				() -> "The new steps of " + recommendation.id() + " publish no event to tell that they were written"));
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		changed.forEach((recommendation) -> bulk.updateOne(current(recommendation), changes(recommendation)));
		Set<String> written;
		BulkOperationException failure = null;
		try {
			written = (bulk.execute().getMatchedCount() == changed.size()) ? ids(changed) : writtenAmong(changed);
		}
		catch (BulkOperationException ex) {
			failure = ex;
			written = writtenAmong(changed);
		}
		List<TrackedRecommendation> lost = new ArrayList<>();
		for (TrackedRecommendation recommendation : changed) {
			if (written.contains(recommendation.id())) {
				written(recommendation, recommendation.version() + 1);
			}
			else {
				lost.add(recommendation);
			}
		}
		if (failure != null) {
			throw failure;
		}
		return lost;
	}

	/**
	 * Tells which of some recommendations hold their new events, with one read.
	 */
	private Set<String> writtenAmong(List<TrackedRecommendation> recommendations) {
		List<String> events = recommendations.stream()
			.flatMap((recommendation) -> recommendation.newEvents().stream())
			.map(RecommendationLifecycleEvent::eventId)
			.toList();
		Query query = Query.query(Criteria.where("_id").in(ids(recommendations)).and("outbox.eventId").in(events));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, COLLECTION)
			.stream()
			.map((found) -> found.getString("_id"))
			.collect(Collectors.toSet());
	}

	private static Set<String> ids(List<TrackedRecommendation> recommendations) {
		return recommendations.stream().map(TrackedRecommendation::id).collect(Collectors.toSet());
	}

	/** Finds the recommendation at the version it was read. */
	private static Query current(TrackedRecommendation recommendation) {
		return Query.query(Criteria.where("_id").is(recommendation.id()).and("version").is(recommendation.version()));
	}

	/** Sets every field, appends the new outbox entries and bumps the version. */
	private Update changes(TrackedRecommendation recommendation) {
		Document document = new Document();
		this.mongo.getConverter().write(recommendation, document);
		document.remove("_id");
		document.remove("version");
		document.remove("outbox");
		document.remove("_class");
		Update update = new Update();
		document.forEach(update::set);
		if (!recommendation.newEvents().isEmpty()) {
			update.push("outbox").each(outboxDocuments(recommendation.newEvents()).toArray());
		}
		update.inc("version", 1);
		return update;
	}

	/**
	 * Marks the steps written at a version, wakes the relay for their events and
	 * announces them.
	 */
	private void written(TrackedRecommendation recommendation, long storedVersion) {
		int steps = recommendation.newSteps();
		recommendation.stored(storedVersion);
		this.relay.wakeUp(COLLECTION, recommendation.id());
		announce(recommendation, steps);
	}

	/**
	 * Announces the steps just written. They are written whatever a listener does, so a
	 * failing listener is logged and does not fail the write.
	 */
	private void announce(TrackedRecommendation recommendation, int steps) {
		List<HistoryEntry> history = recommendation.history();
		try {
			this.publisher.publishEvent(
					new StepsWritten(recommendation, history.subList(history.size() - steps, history.size())));
		}
		catch (RuntimeException ex) {
			log.warn("A listener of the steps written on {} failed; the steps are written: {}", recommendation.id(),
					ex.toString());
		}
	}

	private List<Document> outboxDocuments(List<RecommendationLifecycleEvent> events) {
		return events.stream().map(this::entry).map(this::toDocument).toList();
	}

	private OutboxEntry entry(RecommendationLifecycleEvent event) {
		return this.outbox.pending(event, new EventMetadata(event.eventId(), RecommendationLifecycleEvent.SOURCE,
				RecommendationLifecycleEvent.TYPE, event.occurredAt(), event.recommendationId()));
	}

	private Document toDocument(OutboxEntry entry) {
		Document document = new Document();
		this.mongo.getConverter().write(entry, document);
		document.remove("_class");
		return document;
	}

}
