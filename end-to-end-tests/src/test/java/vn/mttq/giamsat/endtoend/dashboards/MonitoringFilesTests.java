package vn.mttq.giamsat.endtoend.dashboards;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations files read as the dashboard test expects, without any service running.
 */
class MonitoringFilesTests {

	private final Path ops = MonitoringQueries.opsFolder();

	@Test
	void everyDashboardQueryAndAlertRuleNamesAtLeastOneMetric() {
		List<MonitoringQueries.Query> queries = MonitoringQueries.all(this.ops);

		assertThat(queries).hasSizeGreaterThan(50);
		assertThat(queries).allSatisfy((query) -> assertThat(query.selectors()).as(query.source()).isNotEmpty());
		assertThat(queries).extracting(MonitoringQueries.Query::source)
			.anyMatch((source) -> source.startsWith("alerts.yml › ServiceDown"))
			.anyMatch((source) -> source.startsWith("pipeline-health.json › variable $application"));
	}

	@Test
	void aVariableListingLabelValuesNeedsThatLabel() {
		assertThat(PromQlSelectors.of(MonitoringQueries.fromGrafana("label_values(supervision_activities, level)")))
			.containsExactly(new PromQlSelectors.Selector("supervision_activities", Set.of("level")));
	}

	@Test
	void prometheusAddsJobInstanceAndTheServiceLabel() {
		assertThat(MonitoringQueries.targetLabels(this.ops.resolve("prometheus/prometheus.yml")))
			.containsExactlyInAnyOrder("job", "instance", "service");
	}

	@Test
	void aQueryFindsItsSeriesOnlyWithEveryLabelItNeeds() {
		ScrapedMetrics scraped = ScrapedMetrics.parse(List.of("""
				# HELP outbox_pending Events not yet acknowledged
				# TYPE outbox_pending gauge
				outbox_pending{application="recommendation-service"} 0.0
				notification_delivery_latency_seconds_bucket{application="n",channel="INBOX",le="0.5"} 3
				odd_total{application="a,b}",note="say \\"hi\\""} 1
				"""));
		List<MonitoringQueries.Query> queries = List.of(
				new MonitoringQueries.Query("ok", "sum by (application, service) (outbox_pending)"),
				new MonitoringQueries.Query("latency",
						"histogram_quantile(0.95, sum by (le, channel) (rate(notification_delivery_latency_seconds_bucket[5m])))"),
				new MonitoringQueries.Query("missing label", "sum by (topic) (outbox_pending)"),
				new MonitoringQueries.Query("missing metric", "deadletters_pending > 0"),
				new MonitoringQueries.Query("prometheus", "up{job=\"giamsat-services\"} == 0"));

		assertThat(scraped.labelsOf("odd_total")).containsExactly("application", "note");
		assertThat(SeriesCoverage.gaps(queries, scraped, Set.of("job", "instance", "service"))).containsExactly(
				"missing label: outbox_pending has no label [topic] (it has [application])",
				"missing metric: no service exports deadletters_pending");
	}

}
