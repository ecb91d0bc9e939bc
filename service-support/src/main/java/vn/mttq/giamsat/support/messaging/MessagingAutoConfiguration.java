package vn.mttq.giamsat.support.messaging;

import java.time.Duration;
import java.util.Arrays;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.stream.binder.kafka.common.BinderHeaderMapper;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.support.KafkaHeaderMapper;
import org.springframework.messaging.MessageHeaders;

/**
 * Consuming events: the reader of their CloudEvents headers, the count of what was
 * applied, duplicated or rejected, the binder's header mapping and the wait for the
 * database during an outage.
 */
@AutoConfiguration
public class MessagingAutoConfiguration {

	/**
	 * The binder's header mapper, but reading a {@code contentType} header that another
	 * producer wrote as plain bytes as text: left as bytes, it fails the record before
	 * the consumer's own code runs, so it would not even be recognised as a poison
	 * record.
	 */
	@Bean("kafkaBinderHeaderMapper")
	KafkaHeaderMapper kafkaBinderHeaderMapper() {
		BinderHeaderMapper mapper = new BinderHeaderMapper();
		mapper.addRawMappedHeader(MessageHeaders.CONTENT_TYPE, true);
		return mapper;
	}

	@Bean
	EventReader eventReader(JsonMapper json) {
		return new EventReader(json);
	}

	/**
	 * Counts consumed records, from 0 for every topic an input binding names.
	 */
	@Bean
	ConsumedEvents consumedEvents(MeterRegistry meters, BindingServiceProperties bindings) {
		ConsumedEvents consumed = new ConsumedEvents(meters);
		bindings.getBindings().forEach((name, binding) -> {
			if (name.contains("-in-") && binding.getDestination() != null) {
				Arrays.stream(binding.getDestination().split(",")).map(String::strip).forEach(consumed::expect);
			}
		});
		return consumed;
	}

	/**
	 * Every consumer binding takes a poll's records as one batch; what its container does
	 * when a batch fails (dead-letter the one poison record, wait out a database outage).
	 */
	@Bean
	@ConditionalOnMissingBean(ListenerContainerCustomizer.class)
	BatchErrorHandling batchErrorHandling(BindingServiceProperties bindings, Environment environment,
			ConsumedEvents consumed, @Value("${giamsat.messaging.infrastructure-retry.initial:500ms}") Duration initial,
			@Value("${giamsat.messaging.infrastructure-retry.max:10s}") Duration max) {
		return new BatchErrorHandling(bindings, Binder.get(environment), consumed, initial, max);
	}

}
