package vn.mttq.giamsat.supervision.livestatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.result.UpdateResult;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Keeps the latest lifecycle step of every item and counts them beside activities and
 * letters. A step is applied only if its sequence is above the one stored, in one
 * conditional upsert, so redelivered and reordered events change nothing.
 */
@Service
public class LiveStatuses {

	private final MongoTemplate mongo;

	private final MeterRegistry meters;

	LiveStatuses(MongoTemplate mongo, MeterRegistry meters) {
		this.mongo = mongo;
		this.meters = meters;
	}

	/**
	 * Applies a lifecycle step unless a later one is stored.
	 * @param event the step
	 * @return whether it was applied
	 */
	boolean apply(RecommendationLifecycleEvent event) {
		boolean applied;
		try {
			UpdateResult result = this.mongo.upsert(older(event), update(event), ItemStatus.class);
			applied = result.getMatchedCount() > 0 || result.getUpsertedId() != null;
		}
		catch (DuplicateKeyException ex) {
			// The stored step is as recent or more: this one is a redelivery or out of
			// order.
			applied = false;
		}
		count(applied);
		return applied;
	}

	/**
	 * Applies a batch of lifecycle steps with one unordered bulk write: per item only the
	 * batch's latest step is written, and each write is conditional on the stored step
	 * being older, as {@link #apply} is.
	 * @param events the steps, in the order consumed
	 * @return for each step, whether it was applied
	 */
	List<Boolean> applyAll(List<RecommendationLifecycleEvent> events) {
		Map<String, Integer> latest = new HashMap<>();
		for (int i = 0; i < events.size(); i++) {
			RecommendationLifecycleEvent event = events.get(i);
			latest.merge(event.recommendationId(), i,
					(kept, next) -> (events.get(next).sequence() > events.get(kept).sequence()) ? next : kept);
		}
		List<Integer> written = new ArrayList<>(latest.values());
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ItemStatus.class);
		written.forEach((i) -> bulk.upsert(older(events.get(i)), update(events.get(i))));
		Set<Integer> refused = new HashSet<>();
		try {
			bulk.execute();
		}
		catch (BulkOperationException ex) {
			for (BulkWriteError error : ex.getErrors()) {
				if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				// A stored step as recent or more: a redelivery or out of order.
				refused.add(written.get(error.getIndex()));
			}
		}
		Set<Integer> applied = new HashSet<>(written);
		applied.removeAll(refused);
		List<Boolean> outcomes = new ArrayList<>(events.size());
		for (int i = 0; i < events.size(); i++) {
			outcomes.add(applied.contains(i));
			count(applied.contains(i));
		}
		return outcomes;
	}

	private static Query older(RecommendationLifecycleEvent event) {
		return Query.query(Criteria.where("_id").is(event.recommendationId()).and("sequence").lt(event.sequence()));
	}

	private static Update update(RecommendationLifecycleEvent event) {
		RecommendationLifecycleEvent.Snapshot snapshot = event.recommendation();
		return new Update().set("activityId", snapshot.activityId())
			.set("letterId", snapshot.letterId())
			.set("sequence", event.sequence())
			.set("status", event.status())
			.set("bucket", Bucket.of(event.status(), snapshot))
			.set("answer", snapshot.answer())
			.set("closure", snapshot.closure())
			.set("dueDate", snapshot.dueDate())
			.set("answeredAt", snapshot.answeredAt())
			.set("closedAt", snapshot.closedAt())
			.set("updatedAt", event.occurredAt());
	}

	private void count(boolean applied) {
		this.meters.counter("supervision.lifecycle.steps", "outcome", applied ? "applied" : "stale").increment();
	}

	/**
	 * The latest step of one item.
	 * @param recommendationId the item
	 * @return its status, if the lifecycle reported one
	 */
	public Optional<ItemStatus> item(String recommendationId) {
		return Optional.ofNullable(this.mongo.findById(recommendationId, ItemStatus.class));
	}

	/**
	 * The latest steps of some items.
	 * @param recommendationIds the items
	 * @return their statuses by id; items not reported yet are absent
	 */
	public Map<String, ItemStatus> items(Collection<String> recommendationIds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(recommendationIds)), ItemStatus.class)
			.stream()
			.collect(Collectors.toMap(ItemStatus::recommendationId, Function.identity()));
	}

	/**
	 * Where an item stands: withdrawn here wins, then the lifecycle's word, else
	 * awaiting.
	 * @param item the item
	 * @param status its latest step, or {@code null}
	 * @return its bucket
	 */
	public static Bucket bucketOf(ItemRef item, ItemStatus status) {
		if (item.withdrawn()) {
			return Bucket.WITHDRAWN;
		}
		return (status != null) ? status.bucket() : Bucket.AWAITING;
	}

	/**
	 * Counts some items.
	 * @param items the items, as their letters know them
	 * @return the counts
	 */
	public LiveStatus count(List<ItemRef> items) {
		Map<String, ItemStatus> statuses = items(items.stream().map(ItemRef::recommendationId).toList());
		List<Bucket> buckets = new ArrayList<>();
		Instant updatedAt = null;
		for (ItemRef item : items) {
			ItemStatus status = statuses.get(item.recommendationId());
			buckets.add(bucketOf(item, status));
			if (status != null && (updatedAt == null || status.updatedAt().isAfter(updatedAt))) {
				updatedAt = status.updatedAt();
			}
		}
		return LiveStatus.count(buckets, updatedAt);
	}

	/**
	 * Counts the items of every letter of an activity as a caller may see them: an agency
	 * officer counts only the items addressed to their own organisation, Front officials
	 * and monitors every item.
	 * @param activityId the activity
	 * @param actor who asks
	 * @return the counts
	 */
	public LiveStatus ofActivity(String activityId, Actor actor) {
		String ownOnly = actor.limitedToOwnOrganisation() ? actor.organisationId() : null;
		Query query = Query.query(Criteria.where("activityId").is(activityId));
		query.fields().include("items.recommendationId", "items.withdrawnAt", "items.addresseeAgencyId");
		List<ItemRef> items = new ArrayList<>();
		for (Document letter : this.mongo.find(query, Document.class, "letters")) {
			for (Document item : letter.getList("items", Document.class)) {
				if (ownOnly == null || ownOnly.equals(item.getString("addresseeAgencyId"))) {
					items.add(new ItemRef(item.getString("recommendationId"), item.get("withdrawnAt") != null));
				}
			}
		}
		return count(items);
	}

}
