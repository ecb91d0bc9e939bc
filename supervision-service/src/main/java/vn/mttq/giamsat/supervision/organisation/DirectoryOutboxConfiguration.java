package vn.mttq.giamsat.supervision.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mttq.giamsat.support.outbox.OutboxSource;

/**
 * Publishes the organisations' pending events on the compacted
 * {@code supervision.organisations} topic.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryOutboxConfiguration {

	static final String BINDING = "organisationChanged-out-0";

	@Bean
	OutboxSource organisationOutbox() {
		return new OutboxSource("organisations", BINDING);
	}

}
