package vn.mttq.giamsat.recommendation.statistics.report;

import java.util.List;

import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;

/**
 * What a client asks the agency statistics for.
 *
 * @param period the months of issue
 * @param level only this issuing level, or {@code null} for all
 * @param agencyIds only these agencies, or empty for all the caller may see
 * @param sort the order of the rows
 * @param ascending whether the order is ascending
 */
public record StatisticsRequest(Period period, IssuingLevel level, List<String> agencyIds, SortKey sort,
		boolean ascending) {

	public StatisticsRequest {
		agencyIds = List.copyOf(agencyIds);
	}

}
