package vn.mttq.giamsat.recommendation.statistics.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.mttq.giamsat.recommendation.statistics.AgencyFigures;

/**
 * One page of the agency statistics, with the total of all rows.
 *
 * @param from the first month of issue
 * @param to the last month of issue
 * @param asOf the day (Vietnam time) overdue and late items are reckoned on
 * @param minimumItems rows with fewer issued items are suppressed
 * @param sort the order
 * @param direction {@code asc} or {@code desc}
 * @param rows the rows of this page
 * @param total the figures of all rows together, on every page
 * @param page the zero-based page number
 * @param size the requested page size
 * @param totalElements the number of rows across all pages
 * @param totalPages the number of pages
 */
record StatisticsPage(YearMonth from, YearMonth to, LocalDate asOf, int minimumItems, String sort, String direction,
		List<AgencyFigures> rows, AgencyFigures total, int page, int size, long totalElements, int totalPages) {

	static StatisticsPage of(StatisticsReport report, int page, int size) {
		List<AgencyFigures> all = report.rows();
		int start = (int) Math.min((long) page * size, all.size());
		int end = Math.min(start + size, all.size());
		return new StatisticsPage(report.from(), report.to(), report.asOf(), report.minimumItems(), report.sort(),
				report.direction(), all.subList(start, end), report.total(), page, size, all.size(),
				(all.size() + size - 1) / size);
	}

}
