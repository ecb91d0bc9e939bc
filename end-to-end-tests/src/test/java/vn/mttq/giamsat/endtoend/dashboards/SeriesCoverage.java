package vn.mttq.giamsat.endtoend.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the queries ask for that the services do not export: a metric no service has, or a
 * label a query matches on or groups by that the metric never carries.
 */
final class SeriesCoverage {

	/** Series Prometheus makes itself for each target rather than scraping them. */
	private static final Set<String> PROMETHEUS_OWN = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");

	private SeriesCoverage() {
	}

	/**
	 * The gaps, one line each naming the query's source.
	 * @param queries the dashboards' and alert rules' queries
	 * @param scraped what the services export
	 * @param targetLabels the labels Prometheus adds to every scraped series
	 * @return nothing when every query finds its series
	 */
	static List<String> gaps(List<MonitoringQueries.Query> queries, ScrapedMetrics scraped, Set<String> targetLabels) {
		return gaps(queries, scraped, targetLabels, Set.of());
	}

	/**
	 * The gaps, leaving out some metrics.
	 * @param queries the dashboards' and alert rules' queries
	 * @param scraped what the services export
	 * @param targetLabels the labels Prometheus adds to every scraped series
	 * @param notChecked metrics not to look for
	 * @return nothing when every other query finds its series
	 */
	static List<String> gaps(List<MonitoringQueries.Query> queries, ScrapedMetrics scraped, Set<String> targetLabels,
			Set<String> notChecked) {
		List<String> gaps = new ArrayList<>();
		for (MonitoringQueries.Query query : queries) {
			for (PromQlSelectors.Selector selector : query.selectors()) {
				String metric = selector.metric();
				if (notChecked.contains(metric)) {
					continue;
				}
				if (PROMETHEUS_OWN.contains(metric)) {
					Set<String> unknown = without(selector.labels(), targetLabels);
					if (!unknown.isEmpty()) {
						gaps.add(query.source() + ": Prometheus's " + metric + " has no label " + unknown);
					}
				}
				else if (!scraped.has(metric)) {
					gaps.add(query.source() + ": no service exports " + metric);
				}
				else {
					Set<String> missing = without(without(selector.labels(), scraped.labelsOf(metric)), targetLabels);
					if (!missing.isEmpty()) {
						gaps.add(query.source() + ": " + metric + " has no label " + missing + " (it has "
								+ scraped.labelsOf(metric) + ")");
					}
				}
			}
		}
		return gaps;
	}

	private static Set<String> without(Set<String> labels, Set<String> known) {
		Set<String> rest = new LinkedHashSet<>(labels);
		rest.removeAll(known);
		return rest;
	}

}
