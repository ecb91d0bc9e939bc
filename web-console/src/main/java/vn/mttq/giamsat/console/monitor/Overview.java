package vn.mttq.giamsat.console.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.mttq.giamsat.console.monitor.chart.BarChart;

/**
 * The overview's statistics: the service's rows as they are (the scorecards' table), and
 * the open and overdue items summed by agency and by level (the bar charts and their
 * tables). A suppressed row gives no open or overdue figure, so the sums leave it out and
 * say so ({@code withheld}); an agency or level whose every row is suppressed has no
 * figures.
 *
 * @param statistics the service's answer
 * @param rows each row with its agency's name
 * @param byAgency open and overdue per agency, most open first
 * @param byLevel open and overdue per issuing level
 * @param withheld whether a suppressed row is left out of the sums
 */
public record Overview(StatisticsPage statistics, List<Row> rows, BarChart byAgency, BarChart byLevel,
		boolean withheld) {

	static final List<String> LEVELS = List.of("CENTRAL", "PROVINCE", "DISTRICT", "COMMUNE", "UNKNOWN");

	/**
	 * Sums the rows.
	 * @param statistics the service's answer
	 * @param names an agency's name by its id
	 * @param levels a level's label by its name
	 * @return the overview
	 */
	static Overview of(StatisticsPage statistics, Function<String, String> names, Function<String, String> levels) {
		Map<String, String> agencyNames = new LinkedHashMap<>();
		List<Row> rows = new ArrayList<>();
		for (AgencyFigures figures : statistics.rows()) {
			String name = agencyNames.computeIfAbsent(figures.agencyId(), names);
			rows.add(new Row(figures, name));
		}
		Map<String, long[]> perAgency = sum(statistics.rows(), AgencyFigures::agencyId);
		Map<String, long[]> perLevel = sum(statistics.rows(), AgencyFigures::level);
		List<BarChart.Entry> agencies = new ArrayList<>();
		perAgency.forEach((agency, sums) -> agencies
			.add(new BarChart.Entry(agency, agencyNames.get(agency), sums[0], sums[1], sums[2] == 0)));
		agencies.sort(Comparator.comparingLong(BarChart.Entry::value)
			.reversed()
			.thenComparing(BarChart.Entry::label, Comparator.nullsLast(Comparator.naturalOrder())));
		List<BarChart.Entry> byLevel = new ArrayList<>();
		for (String level : LEVELS) {
			long[] sums = perLevel.get(level);
			if (sums != null) {
				byLevel.add(new BarChart.Entry(level, levels.apply(level), sums[0], sums[1], sums[2] == 0));
			}
		}
		boolean withheld = statistics.rows().stream().anyMatch(AgencyFigures::suppressed);
		return new Overview(statistics, rows, BarChart.of(agencies), BarChart.of(byLevel), withheld);
	}

	private static Map<String, long[]> sum(List<AgencyFigures> rows, Function<AgencyFigures, String> key) {
		Map<String, long[]> sums = new LinkedHashMap<>();
		for (AgencyFigures figures : rows) {
			long[] sum = sums.computeIfAbsent(String.valueOf(key.apply(figures)), (ignored) -> new long[3]);
			sum[0] += figures.openOrZero();
			sum[1] += figures.overdueOrZero();
			sum[2] += figures.suppressed() ? 0 : 1;
		}
		return sums;
	}

	/**
	 * A row of the service with its agency's name.
	 *
	 * @param figures the row
	 * @param agencyName the agency's name
	 */
	public record Row(AgencyFigures figures, String agencyName) {

	}

}
