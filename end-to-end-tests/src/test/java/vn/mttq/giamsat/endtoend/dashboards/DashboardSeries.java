package vn.mttq.giamsat.endtoend.dashboards;

import java.nio.file.Path;
import java.util.List;

/**
 * Checks the repository's dashboards and alert rules against what the services export.
 */
public final class DashboardSeries {

	private DashboardSeries() {
	}

	/**
	 * What the dashboards and alert rules in {@code ops/} query that the scrapes lack.
	 * @param scrapes the bodies of each service's {@code /actuator/prometheus}
	 * @return one line per missing metric or label, naming the panel or rule; empty when
	 * every query finds its series
	 */
	public static List<String> missingFrom(Iterable<String> scrapes) {
		Path ops = MonitoringQueries.opsFolder();
		return SeriesCoverage.gaps(MonitoringQueries.all(ops), ScrapedMetrics.parse(scrapes),
				MonitoringQueries.targetLabels(ops.resolve("prometheus/prometheus.yml")));
	}

}
