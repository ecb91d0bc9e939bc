package vn.mttq.giamsat.recommendation.tracking;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.support.messaging.EventReader;
import vn.mttq.giamsat.support.messaging.InfrastructureRetry;

/**
 * Starts tracking each item published on {@code supervision.recommendations}: a poison
 * record fails at once (dead letter), a database outage holds the record until the
 * database is back.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationIssuedConsumer {

	@Bean
	Consumer<Message<byte[]>> recommendationIssued(EventReader reader, RecommendationTracking tracking,
			InfrastructureRetry retry) {
		return (message) -> {
			RecommendationIssued event = reader.read(message, RecommendationIssued.class, RecommendationIssued.TYPE);
			retry.untilAvailable(() -> tracking.track(event));
		};
	}

}
