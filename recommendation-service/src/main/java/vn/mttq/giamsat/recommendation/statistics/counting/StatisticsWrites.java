package vn.mttq.giamsat.recommendation.statistics.counting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.recommendation.statistics.StatisticsItem;
import vn.mttq.giamsat.recommendation.statistics.StatisticsYear;

/**
 * The writes that count a batch of item changes, each one unordered bulk write: the
 * items' new states with their pending changes, then the year documents' counters, then
 * the pending marks cleared (items first, then year documents). See
 * {@link StatisticsItem} for why a change interrupted anywhere in between is completed
 * once.
 */
@Component
class StatisticsWrites {

	private final MongoTemplate mongo;

	StatisticsWrites(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Writes the items' new states, each only if the stored item is still the one read.
	 * @param changes the changes
	 * @param stored the items as read, by id
	 * @return the ids of the items another writer changed meanwhile, left as they are
	 */
	Set<String> writeItems(List<ItemChange> changes, Map<String, StatisticsItem> stored) {
		if (changes.isEmpty()) {
			return Set.of();
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, StatisticsItem.class);
		for (ItemChange change : changes) {
			StatisticsItem before = stored.get(change.recommendationId());
			Criteria unchanged = Criteria.where("_id").is(change.recommendationId());
			if (before != null) {
				unchanged.and("state.sequence").is(before.sequence()).and("pending").exists(false);
			}
			else {
				unchanged.and("state").exists(false);
			}
			StatisticsItem after = change.stored();
			// An upsert: when the filter misses, the insert fails on the id, which names
			// the item in the bulk's errors.
			bulk.upsert(Query.query(unchanged),
					new Update().set("counted", after.counted())
						.set("state", after.state())
						.set("pending", after.pending()));
		}
		Set<String> refused = new HashSet<>();
		for (int index : duplicates(bulk)) {
			refused.add(changes.get(index).recommendationId());
		}
		return refused;
	}

	/**
	 * Adds the changes to the year documents' counters, each change once: a year document
	 * that already counted one of them is written again change by change.
	 * @param years the writes by year document
	 */
	void count(Collection<YearWrite> years) {
		if (years.isEmpty()) {
			return;
		}
		List<YearWrite> writes = new ArrayList<>(years);
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, StatisticsYear.COLLECTION);
		writes.forEach((write) -> bulk.upsert(write.unapplied(), write.update()));
		for (int index : duplicates(bulk)) {
			for (YearWrite one : writes.get(index).perItem()) {
				countOnce(one);
			}
		}
	}

	/**
	 * One item's write to one year document. When the guard misses, the upsert's insert
	 * fails on the id: either the change is counted already, or the document was created
	 * meanwhile by another writer, and then the second try counts it.
	 */
	private void countOnce(YearWrite write) {
		for (int attempt = 0; attempt < 2; attempt++) {
			try {
				this.mongo.upsert(write.unapplied(), write.update(), StatisticsYear.COLLECTION);
				return;
			}
			catch (DuplicateKeyException ex) {
				// Counted already, or created meanwhile: try once more to tell which.
			}
		}
	}

	/**
	 * Clears the pending marks of changes now counted: the items' first, so that an item
	 * never looks complete while its year document's mark could still be needed.
	 * @param changes the changes
	 * @param years their writes by year document
	 */
	void complete(List<ItemChange> changes, Collection<YearWrite> years) {
		if (!changes.isEmpty()) {
			BulkOperations items = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, StatisticsItem.class);
			changes.forEach((change) -> items.updateOne(Query
				.query(Criteria.where("_id").is(change.recommendationId()).and("state.sequence").is(change.sequence())),
					new Update().unset("pending")));
			items.execute();
		}
		if (!years.isEmpty()) {
			BulkOperations marks = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, StatisticsYear.COLLECTION);
			years.forEach(
					(write) -> marks.updateOne(Query.query(Criteria.where("_id").is(write.id())), write.completed()));
			marks.execute();
		}
	}

	/**
	 * Completes the change an item was interrupted in: counted unless its year documents
	 * say it was, then marked complete.
	 * @param item an item with a pending change
	 * @return the item, complete
	 */
	StatisticsItem resume(StatisticsItem item) {
		List<ItemChange> change = List.of(ItemChange.resumed(item));
		Collection<YearWrite> years = ItemChange.byYear(change).values();
		years.forEach((write) -> write.perItem().forEach(this::countOnce));
		complete(change, years);
		return new StatisticsItem(item.id(), item.counted(), item.state(), null);
	}

	/**
	 * Runs a bulk write.
	 * @return the indexes of the operations that failed on a duplicate id
	 * @throws BulkOperationException when an operation failed otherwise
	 */
	private static List<Integer> duplicates(BulkOperations bulk) {
		try {
			bulk.execute();
			return List.of();
		}
		catch (BulkOperationException ex) {
			List<Integer> indexes = new ArrayList<>();
			for (BulkWriteError error : ex.getErrors()) {
				if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				indexes.add(error.getIndex());
			}
			return indexes;
		}
	}

}
