package vn.mttq.giamsat.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outbox of the collections a service declares ({@link OutboxSource} beans): events
 * recorded in the trace they happened in, the relay that publishes them, and the
 * backlog's gauges and health.
 */
@AutoConfiguration
public class OutboxAutoConfiguration {

	/**
	 * Keeps each outbox event in the trace it happened in; without a tracer (tracing
	 * switched off) entries carry no trace and the relay sends them as they are.
	 */
	@Bean
	OutboxTracing outboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return new OutboxTracing(tracer.getIfAvailable(() -> Tracer.NOOP),
				propagator.getIfAvailable(() -> Propagator.NOOP));
	}

	@Bean
	OutboxEvents outboxEvents(JsonMapper json, OutboxTracing tracing) {
		return new OutboxEvents(json, tracing);
	}

	@Bean
	@ConditionalOnBean(OutboxSource.class)
	OutboxBacklog outboxBacklog(MongoTemplate mongo, List<OutboxSource> sources, Clock clock) {
		return new OutboxBacklog(mongo, sources, clock);
	}

	/**
	 * The backlog's gauges, counted every
	 * {@code giamsat.monitoring.gauge-refresh-interval}, not on each scrape.
	 */
	@Bean
	@ConditionalOnBean(OutboxSource.class)
	OutboxGauges outboxGauges(OutboxBacklog backlog, Clock clock, MeterRegistry meters,
			@Value("${giamsat.monitoring.gauge-refresh-interval:1m}") Duration interval) {
		return new OutboxGauges(backlog, clock, interval, meters);
	}

	@Bean("outboxHealthContributor")
	@ConditionalOnBean(OutboxSource.class)
	HealthIndicator outboxHealthContributor(OutboxBacklog backlog) {
		return () -> {
			OutboxBacklog.Measure measure = backlog.measure();
			return Health.up()
				.withDetail("pending", measure.pending())
				.withDetail("oldestPendingSeconds", measure.oldestAge().toSeconds())
				.build();
		};
	}

	@Bean
	@ConditionalOnBean(OutboxSource.class)
	OutboxRelay outboxRelay(MongoTemplate mongo, StreamBridge bridge, List<OutboxSource> sources,
			@Value("${giamsat.outbox.poll-interval:500ms}") Duration interval, MeterRegistry meters, Clock clock,
			OutboxTracing tracing, BindingServiceProperties bindings) {
		return new OutboxRelay(mongo, bridge, sources, interval, meters, clock, tracing,
				bindings::getBindingDestination);
	}

}
