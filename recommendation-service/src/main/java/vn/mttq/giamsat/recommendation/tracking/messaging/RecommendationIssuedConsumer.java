package vn.mttq.giamsat.recommendation.tracking.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.recommendation.tracking.RecommendationTracking;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventReader;
import vn.mttq.giamsat.support.messaging.InfrastructureRetry;

/**
 * Follows {@code supervision.recommendations}: starts tracking each issued item and
 * closes each withdrawn one. A poison record fails at once (dead letter), a database
 * outage holds the record until the database is back.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationIssuedConsumer {

	@Bean
	Consumer<Message<byte[]>> recommendationIssued(EventReader reader, RecommendationTracking tracking,
			InfrastructureRetry retry, ConsumedEvents consumed) {
		return (message) -> {
			if (RecommendationWithdrawn.TYPE.equals(EventReader.attribute(message, "type"))) {
				RecommendationWithdrawn event = reader.read(message, RecommendationWithdrawn.class,
						RecommendationWithdrawn.TYPE);
				consumed.handled(message, retry.untilAvailable(() -> tracking.withdraw(event)));
				return;
			}
			RecommendationIssued event = reader.read(message, RecommendationIssued.class, RecommendationIssued.TYPE);
			consumed.handled(message, retry.untilAvailable(() -> tracking.track(event)));
		};
	}

}
