package vn.mttq.giamsat.recommendation.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Folds the monthly buckets of earlier versions ({@code agencyStatistics}: one document
 * per agency, level and month, with the states of the items it counted) into the year
 * documents and the items' own documents, then removes them. It runs at start-up, before
 * the consumers start, so nothing is counted meanwhile: one instance at a time under a
 * lease, a batch of buckets at a time, the lease renewed between batches; an instance
 * that finds the lease taken waits until the buckets are gone, or takes over once the
 * lease expires. Each bucket is folded once: its items are inserted only if absent, its
 * counters added only if its year document does not list its month under
 * {@code migrated}, and it is deleted last, so a fold interrupted anywhere is finished by
 * the next run.
 */
@Component
class StatisticsMigration implements SmartInitializingSingleton {

	static final String BUCKETS = "agencyStatistics";

	private static final String LEASE = "statistics-year-migration";

	private static final Logger log = LoggerFactory.getLogger(StatisticsMigration.class);

	private final MongoTemplate mongo;

	private final StatisticsProperties.Migration settings;

	StatisticsMigration(MongoTemplate mongo, StatisticsProperties properties) {
		this.mongo = mongo;
		this.settings = properties.migration();
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
		if (!remaining()) {
			return 0;
		}
		LockProvider locks = new MongoLockProvider(this.mongo.getCollection("scheduler_leases"));
		int folded = 0;
		while (remaining()) {
			Optional<SimpleLock> lease = locks
				.lock(new LockConfiguration(Instant.now(), LEASE, this.settings.lease(), Duration.ZERO));
			if (lease.isPresent()) {
				folded += foldAll(lease.get());
			}
			else {
				log.info("Another instance is folding the monthly statistics buckets into years; waiting");
				pause();
			}
		}
		return folded;
	}

	private int foldAll(SimpleLock lease) {
		SimpleLock held = lease;
		int folded = 0;
		try {
			List<Document> batch = next();
			while (!batch.isEmpty()) {
				batch.forEach(this::fold);
				folded += batch.size();
				log.info("Folded {} monthly statistics buckets into years", folded);
				Optional<SimpleLock> renewed = held.extend(this.settings.lease(), Duration.ZERO);
				if (renewed.isEmpty()) {
					// Expired and taken by another instance, which finishes the work.
					held = null;
					return folded;
				}
				held = renewed.get();
				batch = next();
			}
			this.mongo.dropCollection(BUCKETS);
			return folded;
		}
		finally {
			if (held != null) {
				held.unlock();
			}
		}
	}

	private boolean remaining() {
		return buckets().countDocuments(new Document(), new CountOptions().limit(1)) > 0;
	}

	private List<Document> next() {
		return buckets().find().limit(this.settings.batchSize()).into(new ArrayList<>());
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
			.setOnInsert("year", at.year());
		Tally.of(bucket.get("tally", Document.class))
			.increments()
			.forEach((field, by) -> counters.inc(StatisticsYear.month(at.month()) + "." + field, by));
		try {
			this.mongo.upsert(Query.query(Criteria.where("_id").is(at.yearId()).and("migrated").ne(month.toString())),
					counters, StatisticsYear.COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			// The year document lists this month: folded by an earlier, interrupted run.
		}
		buckets().deleteOne(new Document("_id", bucket.get("_id")));
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the statistics migration", ex);
		}
	}

}
