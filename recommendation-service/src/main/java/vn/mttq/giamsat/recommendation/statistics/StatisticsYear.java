package vn.mttq.giamsat.recommendation.statistics;

import java.util.Map;

import org.bson.Document;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;

/**
 * The counters of one agency and level for one year, a {@link Tally} per month of issue
 * under {@code months.<1..12>}, so that a year's statistics for all agencies read one
 * small document per agency and level. The items' own states are kept apart, one
 * {@link StatisticsItem} each, so the document does not grow with the items; while a
 * change of an item is being counted, {@code applied.<recommendationId>} holds its
 * sequence, so that the change is counted once even if it has to be completed after a
 * failure.
 * <p>
 * {@code total} is the year's {@link Tally}, the sum of its months, so that a report of
 * the whole year reads one tally per document instead of twelve. Every write adds the
 * same differences to the months and to {@code total} in one update, so the two never
 * disagree on a document marked {@code totalled}: one created since totals exist, or one
 * of earlier versions once {@code migration.YearTotals} has totalled it. On a document
 * not yet marked, {@code total} may hold only what was added since, and is not read.
 * <p>
 * Read and written as the driver's documents; this class declares the collection and its
 * index.
 *
 * @param id {@code <year>/<level>/<agencyId>}
 * @param agencyId the addressee agency
 * @param level the issuing body's level
 * @param year the year of issue
 * @param months the month's counters by month number
 * @param total the sum of the months, to be read only when {@code totalled}
 * @param totalled whether {@code total} is the sum of the months
 * @param applied the item changes counted here and not yet completed, by item
 */
@org.springframework.data.mongodb.core.mapping.Document(StatisticsYear.COLLECTION)
@CompoundIndex(name = "period", def = "{'year': 1, 'agencyId': 1, 'level': 1}")
public record StatisticsYear(@Id String id, String agencyId, IssuingLevel level, int year, Map<String, Document> months,
		Document total, boolean totalled, Map<String, Long> applied) {

	public static final String COLLECTION = "agencyStatisticsYears";

	public static final String TOTAL = "total";

	public static final String TOTALLED = "totalled";

	/** The months of a year, under {@code months.1} to {@code months.12}. */
	public static final int MONTHS = 12;

	/**
	 * The path of a month's counters.
	 * @param month 1 to 12
	 * @return {@code months.<month>}
	 */
	public static String month(int month) {
		return "months." + month;
	}

	/**
	 * The path of one of the year's counters.
	 * @param field a counter, or a histogram's entry as {@code histogram.key}
	 * @return {@code total.<field>}
	 */
	public static String total(String field) {
		return TOTAL + "." + field;
	}

	/**
	 * The path of an item's mark while its change is being counted. Recommendation ids
	 * are UUIDs; a dot or a leading dollar, which a field name may not hold, is replaced.
	 * @param recommendationId the item
	 * @return {@code applied.<recommendationId>}
	 */
	public static String applied(String recommendationId) {
		return "applied." + recommendationId.replace('.', '_').replace('$', '_');
	}

}
