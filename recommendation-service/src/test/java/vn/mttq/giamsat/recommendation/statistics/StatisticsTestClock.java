package vn.mttq.giamsat.recommendation.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import vn.mttq.giamsat.recommendation.statistics.report.YearReads;

/**
 * Today is 15 May 2026 (10:00 in Vietnam) for the statistics tests, so that overdue and
 * late figures can be computed by hand; with the recorder of the year documents' reads.
 * Every statistics test class imports it, so they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(YearReads.Listening.class)
public class StatisticsTestClock {

	static final Instant NOW = Instant.parse("2026-05-15T03:00:00Z");

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
