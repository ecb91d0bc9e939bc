package vn.mttq.giamsat.notification.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.mttq.giamsat.notification.recipients.RecipientRules;
import vn.mttq.giamsat.support.outbox.OutboxSource;

/**
 * Wires delivery: its settings, the recipient rules, and the outbox of the notifications,
 * published on {@code notification.deliveries}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DeliveryProperties.class, RecipientRules.class })
class DeliveryConfiguration {

	static final String BINDING = "deliveries-out-0";

	@Bean
	OutboxSource notificationOutbox() {
		return new OutboxSource(NotificationStore.COLLECTION, BINDING);
	}

	/**
	 * Deliveries given up and not replayed yet, for an alert: each is an organisation
	 * that was not told.
	 */
	@Bean
	Gauge deadDeliveriesGauge(MongoTemplate mongo, MeterRegistry meters) {
		return Gauge
			.builder("notification.delivery.deadlettered.pending",
					() -> mongo.count(Query.query(Criteria.where("status").is(DeliveryStatus.DEAD_LETTERED)),
							Notification.class))
			.description("Deliveries given up and waiting for an operator's replay")
			.register(meters);
	}

}
