package vn.mttq.giamsat.notification.delivery;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.mttq.giamsat.notification.document.DocumentLinks;
import vn.mttq.giamsat.notification.recipients.RecipientRules;
import vn.mttq.giamsat.support.CountedGauge;
import vn.mttq.giamsat.support.outbox.OutboxSource;

/**
 * Wires delivery: its settings, the recipient rules, the public addresses documents are
 * downloaded from, and the outbox of the notifications, published on
 * {@code notification.deliveries}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DeliveryProperties.class, RecipientRules.class, DocumentLinks.class })
class DeliveryConfiguration {

	static final String BINDING = "deliveries-out-0";

	static final String DEAD_DELIVERIES = "notification.delivery.deadlettered.pending";

	@Bean
	OutboxSource notificationOutbox() {
		return new OutboxSource(NotificationStore.COLLECTION, BINDING);
	}

	/**
	 * Deliveries given up and not replayed yet, for an alert: each is an organisation
	 * that was not told. Counted every {@code giamsat.monitoring.gauge-refresh-interval}
	 * and soon after a delivery is given up or replayed, not on each scrape.
	 */
	@Bean
	CountedGauge deadDeliveriesGauge(MongoTemplate mongo, MeterRegistry meters,
			@Value("${giamsat.monitoring.gauge-refresh-interval:1m}") Duration interval) {
		return new CountedGauge(
				DEAD_DELIVERIES, "Deliveries given up and waiting for an operator's replay", () -> mongo
					.count(Query.query(Criteria.where("status").is(DeliveryStatus.DEAD_LETTERED)), Notification.class),
				interval, meters);
	}

}
