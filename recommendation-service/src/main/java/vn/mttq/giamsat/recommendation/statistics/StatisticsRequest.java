package vn.mttq.giamsat.recommendation.statistics;

/**
 * What a client asks the agency statistics for.
 *
 * @param period the months of issue
 * @param level only this issuing level, or {@code null} for all
 * @param agencyId only this agency, or {@code null} for all the caller may see
 * @param sort the order of the rows
 * @param ascending whether the order is ascending
 */
record StatisticsRequest(Period period, IssuingLevel level, String agencyId, SortKey sort, boolean ascending) {
}
