package vn.mttq.giamsat.supervision.livestatus;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventBatch;
import vn.mttq.giamsat.support.messaging.EventReader;

/**
 * Follows {@code recommendation.lifecycle} to show each item's live status, a poll's
 * records at a time with one bulk write: a poison record is dead-lettered alone, a
 * database outage holds the batch until the database is back (the container waits).
 */
@Configuration(proxyBeanMethods = false)
class RecommendationLifecycleConsumer {

	@Bean
	Consumer<Message<List<byte[]>>> recommendationLifecycle(EventReader reader, LiveStatuses statuses,
			ConsumedEvents consumed) {
		return (batch) -> EventBatch.consume(batch, (message) -> reader.read(message,
				RecommendationLifecycleEvent.class, RecommendationLifecycleEvent.TYPE), statuses::applyAll,
				statuses::apply, consumed);
	}

}
