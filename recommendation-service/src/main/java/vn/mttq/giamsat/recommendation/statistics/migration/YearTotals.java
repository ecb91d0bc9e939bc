package vn.mttq.giamsat.recommendation.statistics.migration;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.recommendation.statistics.StatisticsProperties;
import vn.mttq.giamsat.recommendation.statistics.StatisticsYear;
import vn.mttq.giamsat.recommendation.statistics.Tally;

/**
 * Gives the year documents of earlier versions, which have only their months, the year's
 * {@code total} and marks them {@code totalled}, at start-up, a batch at a time, one
 * instance at a time ({@link StartupLease}); until then a report sums their months.
 * <p>
 * Correct while consumers of other instances keep counting: every write of the consumer
 * and of the migration adds the same differences to the months and to {@code total} in
 * one update ({@code counting.YearWrite}), so on a document not yet totalled, whose
 * {@code total} holds only what was added since this version runs, the difference between
 * the sum of the months and {@code total} never changes. The step reads months and
 * {@code total} together (one document read is atomic), sums the months, and writes that
 * sum only if {@code total} is still exactly as read (or still absent) and the document
 * still not totalled. If so, the months' sum is still the one it computed: whatever was
 * written in between left {@code total} as it was, so it left the months' sum as it was
 * too, even writes that cancel out. If not, the document is read again with the next
 * batch. A crash leaves a document either totalled or as it was, and two instances total
 * it once: the second one's write finds it totalled.
 */
@Component
class YearTotals implements SmartInitializingSingleton {

	private static final Bson UNTOTALLED = Filters.ne(StatisticsYear.TOTALLED, true);

	private final MongoCollection<Document> years;

	private final int batchSize;

	private final StartupLease lease;

	YearTotals(MongoTemplate mongo, StatisticsProperties properties) {
		this.years = mongo.getCollection(StatisticsYear.COLLECTION);
		this.batchSize = properties.migration().batchSize();
		this.lease = new StartupLease(mongo, "statistics-year-totals", properties.migration().lease());
	}

	@Override
	public void afterSingletonsInstantiated() {
		run();
	}

	/**
	 * Totals every year document not yet totalled, or waits while another instance does.
	 * @return how many this instance totalled
	 */
	int run() {
		return this.lease.work(this::remaining, this::totalNext);
	}

	private boolean remaining() {
		return this.years.countDocuments(UNTOTALLED, new CountOptions().limit(1)) > 0;
	}

	private int totalNext() {
		return total(this.years.find(UNTOTALLED)
			.projection(Projections.include("months", StatisticsYear.TOTAL))
			.limit(this.batchSize)
			.into(new ArrayList<>()));
	}

	/**
	 * Totals the documents as read, each only if its total has not changed since.
	 * @param read the documents, with their months and total
	 * @return how many were totalled
	 */
	int total(List<Document> read) {
		if (read.isEmpty()) {
			return 0;
		}
		List<UpdateOneModel<Document>> writes = read.stream()
			.map((year) -> new UpdateOneModel<Document>(unchanged(year),
					Updates.combine(Updates.set(StatisticsYear.TOTAL, sumOfMonths(year).stored()),
							Updates.set(StatisticsYear.TOTALLED, true))))
			.toList();
		return this.years.bulkWrite(writes, new BulkWriteOptions().ordered(false)).getModifiedCount();
	}

	private static Bson unchanged(Document year) {
		Bson total = year.containsKey(StatisticsYear.TOTAL)
				? Filters.eq(StatisticsYear.TOTAL, year.get(StatisticsYear.TOTAL))
				: Filters.exists(StatisticsYear.TOTAL, false);
		return Filters.and(Filters.eq("_id", year.get("_id")), UNTOTALLED, total);
	}

	private static Tally sumOfMonths(Document year) {
		Tally sum = new Tally();
		Document months = year.get("months", Document.class);
		if (months != null) {
			months.values().forEach((month) -> sum.addStored((Document) month));
		}
		return sum;
	}

}
