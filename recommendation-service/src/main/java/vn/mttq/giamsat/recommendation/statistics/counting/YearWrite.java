package vn.mttq.giamsat.recommendation.statistics.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.mttq.giamsat.recommendation.statistics.BucketKey;
import vn.mttq.giamsat.recommendation.statistics.StatisticsYear;
import vn.mttq.giamsat.recommendation.statistics.Tally;

/**
 * What a batch adds to one year document: the items' differences summed per month and for
 * the whole year ({@code total}), one {@code $inc} in all, marked with each item's
 * sequence and guarded by those marks so that a change already counted is not counted
 * again. The months and the total change together or not at all, so a document's total is
 * always the sum of its months once it is {@code totalled}, which a document this write
 * creates is from the start.
 */
final class YearWrite {

	private final BucketKey year;

	private final List<Part> parts = new ArrayList<>();

	YearWrite(BucketKey anyMonthOfTheYear) {
		this.year = anyMonthOfTheYear;
	}

	void add(ItemChange change, int month, Tally difference) {
		this.parts.add(new Part(change.recommendationId(), change.sequence(), month, difference));
	}

	String id() {
		return this.year.yearId();
	}

	/**
	 * Matches the year document only if none of the changes is marked in it yet.
	 * @return the filter
	 */
	Query unapplied() {
		Criteria criteria = Criteria.where("_id").is(id());
		this.parts.stream()
			.map(Part::recommendationId)
			.distinct()
			.forEach((item) -> criteria.and(StatisticsYear.applied(item)).ne(sequenceOf(item)));
		return Query.query(criteria);
	}

	private long sequenceOf(String recommendationId) {
		return this.parts.stream()
			.filter((part) -> part.recommendationId().equals(recommendationId))
			.findFirst()
			.orElseThrow()
			.sequence();
	}

	/**
	 * Adds the summed differences and marks each change, creating the document if need
	 * be.
	 * @return the update
	 */
	Update update() {
		Map<Integer, Tally> byMonth = new TreeMap<>();
		Tally total = new Tally();
		for (Part part : this.parts) {
			byMonth.computeIfAbsent(part.month(), (month) -> new Tally()).merge(part.difference());
			total.merge(part.difference());
		}
		Update update = new Update();
		byMonth.forEach((month, sum) -> sum.increments()
			.forEach((field, by) -> update.inc(StatisticsYear.month(month) + "." + field, by)));
		total.increments().forEach((field, by) -> update.inc(StatisticsYear.total(field), by));
		this.parts.forEach((part) -> update.set(StatisticsYear.applied(part.recommendationId()), part.sequence()));
		return update.setOnInsert("agencyId", this.year.agencyId())
			.setOnInsert("level", this.year.level().name())
			.setOnInsert("year", this.year.year())
			.setOnInsert(StatisticsYear.TOTALLED, true);
	}

	/**
	 * Clears the marks once the items know their changes are counted.
	 * @return the update
	 */
	Update completed() {
		Update update = new Update();
		this.parts.forEach((part) -> update.unset(StatisticsYear.applied(part.recommendationId())));
		return update;
	}

	/**
	 * The same write, one per item, for when the whole could not be written as one.
	 * @return a write per item
	 */
	List<YearWrite> perItem() {
		Map<String, YearWrite> items = new TreeMap<>();
		for (Part part : this.parts) {
			items.computeIfAbsent(part.recommendationId(), (item) -> new YearWrite(this.year)).parts.add(part);
		}
		return List.copyOf(items.values());
	}

	private record Part(String recommendationId, long sequence, int month, Tally difference) {
	}

}
