package vn.mttq.giamsat.recommendation.tracking.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventReader;
import vn.mttq.giamsat.support.messaging.InfrastructureRetry;

/**
 * Follows {@code notification.deliveries} for the addressee's receipt of each item, from
 * which a deadline counted from receipt starts.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryRecordedConsumer {

	@Bean
	Consumer<Message<byte[]>> deliveryRecorded(EventReader reader, Receipts receipts, InfrastructureRetry retry,
			ConsumedEvents consumed) {
		return (message) -> {
			DeliveryRecorded event = reader.read(message, DeliveryRecorded.class, DeliveryRecorded.TYPE);
			consumed.handled(message, retry.untilAvailable(() -> receipts.receive(event)));
		};
	}

}
