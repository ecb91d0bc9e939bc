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
 * Read and written as the driver's documents; this class declares the collection and its
 * index.
 *
 * @param id {@code <year>/<level>/<agencyId>}
 * @param agencyId the addressee agency
 * @param level the issuing body's level
 * @param year the year of issue
 * @param months the month's counters by month number
 * @param applied the item changes counted here and not yet completed, by item
 */
@org.springframework.data.mongodb.core.mapping.Document(StatisticsYear.COLLECTION)
@CompoundIndex(name = "period", def = "{'year': 1, 'agencyId': 1, 'level': 1}")
record StatisticsYear(@Id String id, String agencyId, IssuingLevel level, int year, Map<String, Document> months,
		Map<String, Long> applied) {

	static final String COLLECTION = "agencyStatisticsYears";

	/**
	 * The path of a month's counters.
	 * @param month 1 to 12
	 * @return {@code months.<month>}
	 */
	static String month(int month) {
		return "months." + month;
	}

	/**
	 * The path of an item's mark while its change is being counted. Recommendation ids
	 * are UUIDs; a dot or a leading dollar, which a field name may not hold, is replaced.
	 * @param recommendationId the item
	 * @return {@code applied.<recommendationId>}
	 */
	static String applied(String recommendationId) {
		return "applied." + recommendationId.replace('.', '_').replace('$', '_');
	}

}
