package vn.mttq.giamsat.endtoend.dashboards;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Checks the repository's dashboards and alert rules against what the services export.
 */
public final class DashboardSeries {

	private static final Set<String> AFTER_THE_FIRST_REQUEST = Set.of("http_server_requests_seconds_count",
			"http_server_requests_seconds_sum", "http_server_requests_seconds_bucket");

	private DashboardSeries() {
	}

	/**
	 * What the dashboards and alert rules in {@code ops/} query that the scrapes lack.
	 * @param scrapes the bodies of each service's {@code /actuator/prometheus}
	 * @return one line per missing metric or label, naming the panel or rule; empty when
	 * every query finds its series
	 */
	public static List<String> missingFrom(Iterable<String> scrapes) {
		return missingFrom(scrapes, Set.of());
	}

	/**
	 * What the dashboards and alert rules query that the scrapes of services that have
	 * just started, with nothing done yet, lack: everything but Spring's HTTP server
	 * meter, whose {@code uri} and {@code status} tags come from a request answered.
	 * @param scrapes the bodies of each service's {@code /actuator/prometheus}
	 * @return one line per missing metric or label, naming the panel or rule
	 */
	public static List<String> missingAtStartFrom(Iterable<String> scrapes) {
		return missingFrom(scrapes, AFTER_THE_FIRST_REQUEST);
	}

	private static List<String> missingFrom(Iterable<String> scrapes, Set<String> notChecked) {
		Path ops = MonitoringQueries.opsFolder();
		return SeriesCoverage.gaps(MonitoringQueries.all(ops), ScrapedMetrics.parse(scrapes),
				MonitoringQueries.targetLabels(ops.resolve("prometheus/prometheus.yml")), notChecked);
	}

}
