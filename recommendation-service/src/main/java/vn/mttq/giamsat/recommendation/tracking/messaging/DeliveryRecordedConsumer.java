package vn.mttq.giamsat.recommendation.tracking.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventBatch;
import vn.mttq.giamsat.support.messaging.EventReader;

/**
 * Follows {@code notification.deliveries} for the addressee's receipt of each item, from
 * which a deadline counted from receipt starts, a poll's records at a time: a poison
 * record is dead-lettered alone, a database outage holds the batch until the database is
 * back (the container waits).
 */
@Configuration(proxyBeanMethods = false)
class DeliveryRecordedConsumer {

	@Bean
	Consumer<Message<List<byte[]>>> deliveryRecorded(EventReader reader, Receipts receipts, ConsumedEvents consumed) {
		return (batch) -> EventBatch.consume(batch,
				(message) -> reader.read(message, DeliveryRecorded.class, DeliveryRecorded.TYPE),
				DeliveryRecorded::recommendationId, receipts::receiveAll, receipts::receive, consumed);
	}

}
