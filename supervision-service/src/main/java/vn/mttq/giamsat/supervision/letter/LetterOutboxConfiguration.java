package vn.mttq.giamsat.supervision.letter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mttq.giamsat.support.outbox.OutboxSource;

/**
 * Publishes the letters' pending events on the {@code recommendationIssued} output
 * binding.
 */
@Configuration(proxyBeanMethods = false)
class LetterOutboxConfiguration {

	static final String BINDING = "recommendationIssued-out-0";

	@Bean
	OutboxSource letterOutbox() {
		return new OutboxSource("letters", BINDING);
	}

}
