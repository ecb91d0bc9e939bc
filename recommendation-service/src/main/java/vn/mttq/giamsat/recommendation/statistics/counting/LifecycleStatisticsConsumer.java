package vn.mttq.giamsat.recommendation.statistics.counting;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.recommendation.statistics.StatisticsProperties;
import vn.mttq.giamsat.recommendation.statistics.counting.AgencyStatisticsProjection.Outcome;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventBatch;
import vn.mttq.giamsat.support.messaging.EventReader;

/**
 * Feeds the agency statistics from {@code recommendation.lifecycle}, in its own consumer
 * group, a poll's records at a time with one read and a few bulk writes: a poison record
 * is dead-lettered alone, a database outage holds the batch until the database is back
 * (the container waits), any other failure is retried record by record so that the one at
 * fault is dead-lettered alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatisticsProperties.class)
class LifecycleStatisticsConsumer {

	@Bean
	Consumer<Message<List<byte[]>>> lifecycleStatistics(EventReader reader, AgencyStatisticsProjection projection,
			ConsumedEvents consumed) {
		return (batch) -> EventBatch.consume(batch,
				(message) -> reader.read(message, RecommendationLifecycleEvent.class,
						RecommendationLifecycleEvent.TYPE),
				(events) -> projection.applyAll(events).stream().map((outcome) -> outcome != Outcome.STALE).toList(),
				(event) -> projection.apply(event) != Outcome.STALE, consumed);
	}

}
