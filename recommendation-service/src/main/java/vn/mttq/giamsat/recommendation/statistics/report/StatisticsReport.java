package vn.mttq.giamsat.recommendation.statistics.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.mttq.giamsat.recommendation.statistics.AgencyFigures;

/**
 * The agency statistics of a period: the rows in the requested order and their total.
 *
 * @param from the first month of issue
 * @param to the last month of issue
 * @param asOf the day (Vietnam time) the time-dependent figures (overdue, late) are
 * reckoned on
 * @param minimumItems rows with fewer issued items are suppressed
 * @param sort the order
 * @param direction {@code asc} or {@code desc}
 * @param rows every row, ordered and ranked
 * @param total the figures of all the rows together (suppressed ones included)
 */
public record StatisticsReport(YearMonth from, YearMonth to, LocalDate asOf, int minimumItems, String sort,
		String direction, List<AgencyFigures> rows, AgencyFigures total) {
}
