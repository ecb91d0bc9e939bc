package vn.mttq.giamsat.console.monitor;

import java.util.List;

/**
 * A page of recommendation-service's agency statistics.
 *
 * @param from the first month of issue, yyyy-MM
 * @param to the last month of issue, yyyy-MM
 * @param asOf the day overdue items are reckoned on, yyyy-MM-dd
 * @param minimumItems rows with fewer issued items are suppressed
 * @param rows the rows, per agency and level
 * @param total all the rows together
 * @param totalPages the number of pages
 */
public record StatisticsPage(String from, String to, String asOf, Integer minimumItems, List<AgencyFigures> rows,
		AgencyFigures total, Integer totalPages) {

	public StatisticsPage {
		rows = (rows != null) ? List.copyOf(rows) : List.of();
		minimumItems = (minimumItems != null) ? minimumItems : 0;
		totalPages = (totalPages != null) ? totalPages : 1;
	}

	/** Nothing for the period: what an empty answer stands for. */
	static StatisticsPage empty(ReportPeriod period) {
		return new StatisticsPage(period.from().toString(), period.to().toString(), null, 0, List.of(),
				AgencyFigures.none(), 0);
	}

}
