package vn.mttq.giamsat.endtoend;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.mttq.giamsat.endtoend.dashboards.DashboardSeries;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStackExtension;
import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every series a dashboard panel or an alert rule queries is there as soon as the
 * services have started, before anything happened: a panel shows 0 rather than "No data",
 * and {@code increase()} sees the first event, as it needs a sample from before it (the
 * first dead letter would otherwise never raise its alert). The services get their own
 * databases, so nothing another test did is counted, and are scraped as soon as they have
 * started. Only Spring's HTTP server meter waits for the first request.
 */
@WithLocalStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardMetricsAtStartEmbeddedTests {

	private RunningServices services;

	private LocalIssuer issuer;

	@BeforeAll
	void startServices() {
		this.issuer = LocalIssuer.start();
		this.services = RunningServices.start(
				new RunningServices.Infrastructure(LocalStackExtension.stack().kafka().bootstrapServers(),
						LocalStackExtension.stack().mongo().connectionString(), this.issuer.issuer()),
				"e2e-dashboards-at-start");
	}

	@AfterAll
	void stopServices() {
		RunningServices.stop(this.services, this.issuer);
	}

	@Test
	void everySeriesTheDashboardsAndAlertRulesQueryIsExportedBeforeAnythingHappened() throws IOException {
		assertThat(
				DashboardSeries.missingAtStartFrom(PrometheusScrapes.of(this.services, "dashboard-scrapes-at-start")))
			.as("what the dashboards or alert rules query but no service exports straight after start")
			.isEmpty();
	}

}
