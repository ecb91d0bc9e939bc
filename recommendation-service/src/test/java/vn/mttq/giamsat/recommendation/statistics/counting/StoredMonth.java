package vn.mttq.giamsat.recommendation.statistics.counting;

import java.time.YearMonth;
import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.mttq.giamsat.recommendation.statistics.BucketKey;
import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;
import vn.mttq.giamsat.recommendation.statistics.ItemState;
import vn.mttq.giamsat.recommendation.statistics.StatisticsItem;
import vn.mttq.giamsat.recommendation.statistics.StatisticsYear;
import vn.mttq.giamsat.recommendation.statistics.Tally;

/**
 * One agency's month as stored: the counters of its year document's month and the items
 * counted there.
 *
 * @param agencyId the agency
 * @param level the issuing level
 * @param tally the month's counters, read as the statistics read them
 * @param items the states of the items counted in that month
 */
record StoredMonth(String agencyId, IssuingLevel level, Tally tally, List<ItemState> items) {

	/**
	 * Reads a month.
	 * @return the month, or {@code null} when the agency has no year document for it
	 */
	static StoredMonth read(MongoTemplate mongo, String agencyId, IssuingLevel level, YearMonth month) {
		BucketKey at = BucketKey.of(agencyId, level, month);
		Document year = mongo.findById(at.yearId(), Document.class, StatisticsYear.COLLECTION);
		if (year == null) {
			return null;
		}
		Document months = year.get("months", Document.class);
		Tally tally = Tally.of((months != null) ? months.get(Integer.toString(at.month()), Document.class) : null);
		List<ItemState> items = mongo.find(Query.query(Criteria.where("counted.agencyId")
			.is(agencyId)
			.and("counted.level")
			.is(level)
			.and("counted.year")
			.is(at.year())
			.and("counted.month")
			.is(at.month())), StatisticsItem.class).stream().map(StatisticsItem::state).toList();
		return new StoredMonth(agencyId, level, tally, items);
	}

}
