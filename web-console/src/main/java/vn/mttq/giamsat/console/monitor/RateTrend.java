package vn.mttq.giamsat.console.monitor;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.mttq.giamsat.console.monitor.chart.LineChart;

/**
 * The answered and resolved rates of the items issued in each month of a period, as they
 * stand today: one total from recommendation-service per month.
 *
 * @param months each month's figures, the table's rows
 * @param chart the same drawn as lines
 */
public record RateTrend(List<Month> months, LineChart chart) {

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM/yyyy");

	public RateTrend {
		months = List.copyOf(months);
	}

	/**
	 * Reads each month's total.
	 * @param statistics the client
	 * @param period the months
	 * @param agencyId only this agency's items, or every agency's when null
	 * @return the trend
	 */
	static RateTrend load(StatisticsClient statistics, ReportPeriod period, String agencyId) {
		List<Month> months = new ArrayList<>();
		for (YearMonth month : period.months()) {
			AgencyFigures total = statistics.total(ReportPeriod.of(month), agencyId);
			months.add(new Month(month.format(LABEL), (total != null) ? total : AgencyFigures.none()));
		}
		List<String> labels = months.stream().map(Month::label).toList();
		List<BigDecimal> answered = months.stream().map((month) -> month.figures().answerRate()).toList();
		List<BigDecimal> resolved = months.stream().map((month) -> month.figures().resolutionRate()).toList();
		return new RateTrend(months, LineChart.of(labels,
				List.of(new LineChart.Values("answered", answered), new LineChart.Values("resolved", resolved))));
	}

	/**
	 * One month of issue.
	 *
	 * @param label the month as shown, MM/yyyy
	 * @param figures the total of the items issued in it
	 */
	public record Month(String label, AgencyFigures figures) {

	}

}
