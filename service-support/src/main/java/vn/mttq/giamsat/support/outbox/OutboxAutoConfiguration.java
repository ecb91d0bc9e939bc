package vn.mttq.giamsat.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.cloud.stream.binder.kafka.common.BinderHeaderMapper;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaderMapper;

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
	OutboxSender outboxSender(Environment environment,
			@Qualifier("kafkaBinderHeaderMapper") ObjectProvider<KafkaHeaderMapper> headers, OutboxTracing tracing,
			ObjectProvider<ObservationRegistry> observations) {
		return OutboxSender.fromBinderSettings(Binder.get(environment), headers.getIfAvailable(BinderHeaderMapper::new),
				tracing, observations.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	/**
	 * The relay: a pass every {@code giamsat.outbox.poll-interval} and on each write;
	 * {@code giamsat.outbox.keep-sent} sent entries kept per document; a lease of
	 * {@code giamsat.outbox.lease-duration} per collection shared by the instances.
	 */
	@Bean
	@ConditionalOnBean(OutboxSource.class)
	OutboxRelay outboxRelay(MongoTemplate mongo, OutboxSender sender, List<OutboxSource> sources,
			@Value("${giamsat.outbox.poll-interval:500ms}") Duration interval,
			@Value("${giamsat.outbox.keep-sent:10}") int keepSent,
			@Value("${giamsat.outbox.lease-duration:60s}") Duration leaseDuration,
			@Value("${spring.application.name:service}") String application, MeterRegistry meters, Clock clock,
			BindingServiceProperties bindings) {
		// A pass starts with at least half a lease left: its sends (each blocks at most
		// max.block.ms) and a third of a lease of waiting fit in it.
		OutboxPass pass = new OutboxPass(sender, new OutboxMarks(mongo, clock, keepSent), meters,
				leaseDuration.dividedBy(3));
		OutboxLease lease = new OutboxLease(mongo, clock, leaseDuration, OutboxLease.newOwner(application));
		return new OutboxRelay(mongo, pass, lease, sources, interval, bindings::getBindingDestination);
	}

}
