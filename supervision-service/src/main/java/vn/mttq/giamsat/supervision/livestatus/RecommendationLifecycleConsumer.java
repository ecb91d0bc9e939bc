package vn.mttq.giamsat.supervision.livestatus;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventReader;
import vn.mttq.giamsat.support.messaging.InfrastructureRetry;

/**
 * Follows {@code recommendation.lifecycle} to show each item's live status: a poison
 * record fails at once (dead letter), a database outage holds the record until the
 * database is back.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationLifecycleConsumer {

	@Bean
	Consumer<Message<byte[]>> recommendationLifecycle(EventReader reader, LiveStatuses statuses,
			InfrastructureRetry retry, ConsumedEvents consumed) {
		return (message) -> {
			RecommendationLifecycleEvent event = reader.read(message, RecommendationLifecycleEvent.class,
					RecommendationLifecycleEvent.TYPE);
			consumed.handled(message, retry.untilAvailable(() -> statuses.apply(event)));
		};
	}

}
