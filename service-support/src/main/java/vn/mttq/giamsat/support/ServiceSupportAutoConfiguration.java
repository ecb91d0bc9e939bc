package vn.mttq.giamsat.support;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.mttq.giamsat.support.health.MongoPingHealthIndicator;
import vn.mttq.giamsat.support.messaging.BatchErrorHandling;

/**
 * The database side of every service: a clock to inject, a database that fails fast when
 * unreachable, and the ping-based health check (in place of Boot's, which the wire server
 * cannot answer). The other shared pieces have an auto-configuration each, by concern:
 * {@code web}, {@code messaging}, {@code outbox}, {@code security}, {@code deadletter},
 * {@code directory} and {@code topics}.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
public class ServiceSupportAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Fails fast when the database is unreachable (the driver would wait 30 s): a request
	 * gets its error promptly, and a consumer's batch is delivered again after the
	 * container's pause ({@link BatchErrorHandling}).
	 */
	@Bean
	MongoClientSettingsBuilderCustomizer databaseTimeouts(
			@Value("${giamsat.mongodb.server-selection-timeout:5s}") Duration serverSelection) {
		return (settings) -> settings.applyToClusterSettings(
				(cluster) -> cluster.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS));
	}

	@Bean("mongoHealthContributor")
	MongoPingHealthIndicator mongoHealthContributor(MongoTemplate mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

}
