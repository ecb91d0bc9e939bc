package vn.mttq.giamsat.recommendation.statistics.migration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import org.bson.Document;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.recommendation.statistics.BucketKey;
import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;
import vn.mttq.giamsat.recommendation.statistics.ItemState;
import vn.mttq.giamsat.recommendation.statistics.StatisticsItem;
import vn.mttq.giamsat.recommendation.statistics.StatisticsProperties;
import vn.mttq.giamsat.recommendation.statistics.StatisticsYear;
import vn.mttq.giamsat.recommendation.statistics.Tally;

/**
 * Folds the monthly buckets of earlier versions ({@code agencyStatistics}: one document
 * per agency, level and month, with the states of the items it counted) into the year
 * documents and the items' own documents, then removes them. It runs at start-up, before
 * the consumers start, so nothing is counted meanwhile: one instance at a time, a batch
 * of buckets at a time ({@link StartupLease}). Each bucket is folded once: its items are
 * inserted only if absent, its counters added (to its month and to the year's total, as
 * {@code counting.YearWrite} does) only if its year document does not list its month
 * under {@code migrated}, and it is deleted last, so a fold interrupted anywhere is
 * finished by the next run.
 */
@Component
class StatisticsMigration implements SmartInitializingSingleton {

	static final String BUCKETS = "agencyStatistics";

	private final MongoTemplate mongo;

	private final StatisticsProperties.Migration settings;

	private final StartupLease lease;

	StatisticsMigration(MongoTemplate mongo, StatisticsProperties properties) {
		this.mongo = mongo;
		this.settings = properties.migration();
		this.lease = new StartupLease(mongo, "statistics-year-migration", this.settings.lease());
	}

	@Override
	public void afterSingletonsInstantiated() {
		run();
	}

	/**
	 * Folds every bucket left, or waits while another instance does.
	 * @return how many buckets this instance folded
	 */
	int run() {
		return this.lease.work(this::remaining, this::foldNext);
	}

	/**
	 * Folds the next batch of buckets; once none is left, drops their collection.
	 */
	private int foldNext() {
		List<Document> batch = buckets().find().limit(this.settings.batchSize()).into(new ArrayList<>());
		if (batch.isEmpty()) {
			this.mongo.dropCollection(BUCKETS);
		}
		batch.forEach(this::fold);
		return batch.size();
	}

	private boolean remaining() {
		return buckets().countDocuments(new Document(), new CountOptions().limit(1)) > 0;
	}

	private MongoCollection<Document> buckets() {
		return this.mongo.getCollection(BUCKETS);
	}

	/**
	 * Folds one bucket: its items' states first (inserted if absent), its counters next
	 * (once per month), the bucket last.
	 */
	private void fold(Document bucket) {
		YearMonth month = YearMonth.parse(bucket.getString("month"));
		BucketKey at = BucketKey.of(bucket.getString("agencyId"), IssuingLevel.valueOf(bucket.getString("level")),
				month);
		List<Document> items = bucket.getList("items", Document.class, List.of());
		if (!items.isEmpty()) {
			BulkOperations states = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, StatisticsItem.class);
			for (Document item : items) {
				ItemState state = this.mongo.getConverter().read(ItemState.class, item);
				states.upsert(Query.query(Criteria.where("_id").is(state.recommendationId())),
						new Update().setOnInsert("counted", at).setOnInsert("state", state));
			}
			states.execute();
		}
		Update counters = new Update().push("migrated", month.toString())
			.setOnInsert("agencyId", at.agencyId())
			.setOnInsert("level", at.level().name())
			.setOnInsert("year", at.year())
			.setOnInsert(StatisticsYear.TOTALLED, true);
		Tally.of(bucket.get("tally", Document.class)).increments().forEach((field, by) -> {
			counters.inc(StatisticsYear.month(at.month()) + "." + field, by);
			counters.inc(StatisticsYear.total(field), by);
		});
		try {
			this.mongo.upsert(Query.query(Criteria.where("_id").is(at.yearId()).and("migrated").ne(month.toString())),
					counters, StatisticsYear.COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			// The year document lists this month: folded by an earlier, interrupted run.
		}
		buckets().deleteOne(new Document("_id", bucket.get("_id")));
	}

}
