package vn.mttq.giamsat.notification.inbox;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.support.messaging.EventReader;
import vn.mttq.giamsat.support.messaging.InfrastructureRetry;

/**
 * Tells the addressee agency of each item published on
 * {@code supervision.recommendations}.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationIssuedConsumer {

	@Bean
	Consumer<Message<byte[]>> recommendationIssued(EventReader reader, InboxManagement inbox,
			InfrastructureRetry retry) {
		return (message) -> {
			if (RecommendationWithdrawn.TYPE.equals(EventReader.attribute(message, "type"))) {
				// Withdrawals share the topic; telling the agency of them is the
				// notification rules' work (issue 5), not an error.
				return;
			}
			RecommendationIssued event = reader.read(message, RecommendationIssued.class, RecommendationIssued.TYPE);
			retry.untilAvailable(() -> inbox.recommendationIssued(event));
		};
	}

}
