package vn.mttq.giamsat.recommendation.statistics;

import java.util.function.Consumer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventReader;
import vn.mttq.giamsat.support.messaging.InfrastructureRetry;

/**
 * Feeds the agency statistics from {@code recommendation.lifecycle}, in its own consumer
 * group: a poison record fails at once (dead letter), a database outage holds the record
 * until the database is back.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatisticsProperties.class)
class LifecycleStatisticsConsumer {

	@Bean
	Consumer<Message<byte[]>> lifecycleStatistics(EventReader reader, AgencyStatisticsProjection projection,
			InfrastructureRetry retry, ConsumedEvents consumed) {
		return (message) -> {
			RecommendationLifecycleEvent event = reader.read(message, RecommendationLifecycleEvent.class,
					RecommendationLifecycleEvent.TYPE);
			consumed.handled(message,
					retry.untilAvailable(() -> projection.apply(event)) != AgencyStatisticsProjection.Outcome.STALE);
		};
	}

}
