package vn.mttq.giamsat.recommendation.statistics.migration;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

import vn.mttq.giamsat.recommendation.statistics.BucketKey;
import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;
import vn.mttq.giamsat.recommendation.statistics.StatisticsYear;
import vn.mttq.giamsat.recommendation.statistics.Tally;

/**
 * One year document as stored: its months summed, its total, and whether the total is
 * marked as the sum of the months.
 *
 * @param months the sum of its months
 * @param total its total, empty when it has none
 * @param totalled whether it is marked {@code totalled}
 */
public record StoredYear(Tally months, Tally total, boolean totalled) {

	public static StoredYear read(MongoTemplate mongo, String agencyId, IssuingLevel level, int year) {
		Document stored = years(mongo).find(Filters.eq("_id", id(agencyId, level, year))).first();
		Tally months = new Tally();
		Document byMonth = stored.get("months", Document.class);
		if (byMonth != null) {
			byMonth.values().forEach((month) -> months.addStored((Document) month));
		}
		return new StoredYear(months, Tally.of(stored.get(StatisticsYear.TOTAL, Document.class)),
				Boolean.TRUE.equals(stored.get(StatisticsYear.TOTALLED)));
	}

	/**
	 * Makes a year document what the versions before year totals wrote: months only.
	 */
	public static void withoutTotal(MongoTemplate mongo, String agencyId, IssuingLevel level, int year) {
		years(mongo).updateOne(Filters.eq("_id", id(agencyId, level, year)),
				Updates.combine(Updates.unset(StatisticsYear.TOTAL), Updates.unset(StatisticsYear.TOTALLED)));
	}

	static String id(String agencyId, IssuingLevel level, int year) {
		return new BucketKey(agencyId, level, year, 1).yearId();
	}

	private static MongoCollection<Document> years(MongoTemplate mongo) {
		return mongo.getCollection(StatisticsYear.COLLECTION);
	}

	/** Whether the total is the sum of the months, counter by counter. */
	public boolean agrees() {
		return this.months.increments().equals(this.total.increments());
	}

}
