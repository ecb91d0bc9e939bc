package vn.mttq.giamsat.notification.delivery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
		return new OutboxSource("notifications", BINDING);
	}

}
