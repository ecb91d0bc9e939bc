package vn.mttq.giamsat.recommendation.tracking;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.support.messaging.EventReader;

/**
 * Starts tracking each item published on {@code supervision.recommendations}.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationIssuedConsumer {

	@Bean
	Consumer<Message<byte[]>> recommendationIssued(EventReader reader, RecommendationTracking tracking) {
		return (message) -> tracking.track(reader.read(message, RecommendationIssued.class, RecommendationIssued.TYPE));
	}

}
