package vn.mttq.giamsat.recommendation.statistics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;

import vn.mttq.giamsat.recommendation.statistics.StatisticsYear;
import vn.mttq.giamsat.recommendation.statistics.Tally;

/**
 * Reads the year documents of one year for a report, each as one {@link Tally} of the
 * months asked for: the year's {@code total} when they are the whole year, so that a
 * year's report reads one tally per document instead of twelve; the months themselves
 * otherwise, and for a document written before totals existed that is not totalled yet
 * (see {@code migration.YearTotals}). Read as the driver's documents, plain values only,
 * without the object mapping, with an inclusion rather than an exclusion: the embedded
 * wire server answers an exclusion by copying the whole document before it drops fields.
 */
final class YearTallies {

	/** Year documents per round trip: a year of 500 agencies and one level is 500. */
	private static final int BATCH = 1000;

	private static final List<Integer> WHOLE_YEAR = IntStream.rangeClosed(1, StatisticsYear.MONTHS).boxed().toList();

	private final MongoCollection<Document> years;

	YearTallies(MongoCollection<Document> years) {
		this.years = years;
	}

	/**
	 * Reads the documents a filter selects.
	 * @param filter the documents of one year
	 * @param months the months of that year asked for, in order
	 * @param each given each document's {@code agencyId} and {@code level} and the tally
	 * of the months asked for
	 */
	void read(Bson filter, List<Integer> months, BiConsumer<Document, Tally> each) {
		if (months.equals(WHOLE_YEAR)) {
			readTotals(filter, each);
		}
		else {
			readMonths(filter, months, each);
		}
	}

	private void readTotals(Bson filter, BiConsumer<Document, Tally> each) {
		List<Object> untotalled = new ArrayList<>();
		Bson fields = Projections.include("agencyId", "level", StatisticsYear.TOTAL, StatisticsYear.TOTALLED);
		try (MongoCursor<Document> found = this.years.find(filter).projection(fields).batchSize(BATCH).cursor()) {
			while (found.hasNext()) {
				Document year = found.next();
				if (Boolean.TRUE.equals(year.get(StatisticsYear.TOTALLED))) {
					each.accept(year, Tally.of(year.get(StatisticsYear.TOTAL, Document.class)));
				}
				else {
					untotalled.add(year.get("_id"));
				}
			}
		}
		if (!untotalled.isEmpty()) {
			readMonths(Filters.in("_id", untotalled), WHOLE_YEAR, each);
		}
	}

	private void readMonths(Bson filter, List<Integer> months, BiConsumer<Document, Tally> each) {
		List<String> fields = new ArrayList<>(List.of("agencyId", "level"));
		months.forEach((month) -> fields.add(StatisticsYear.month(month)));
		try (MongoCursor<Document> found = this.years.find(filter)
			.projection(Projections.include(fields))
			.batchSize(BATCH)
			.cursor()) {
			while (found.hasNext()) {
				Document year = found.next();
				Document byMonth = year.get("months", Document.class);
				Tally tally = new Tally();
				if (byMonth != null) {
					months.forEach((month) -> tally.addStored(byMonth.get(Integer.toString(month), Document.class)));
				}
				each.accept(year, tally);
			}
		}
	}

}
