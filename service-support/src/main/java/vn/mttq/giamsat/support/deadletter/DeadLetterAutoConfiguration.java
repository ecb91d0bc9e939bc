package vn.mttq.giamsat.support.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.support.CountedGauge;
import vn.mttq.giamsat.support.ServiceSupportAutoConfiguration;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventBatch;
import vn.mttq.giamsat.support.outbox.OutboxTracing;

/**
 * Dead-letter operations for a service that consumes events: the {@code deadLetters}
 * consumer keeps what lands on the service's dead-letter topics (bound in its
 * {@code application.yml}), the API lists and replays them, and a gauge and a health
 * detail count those pending.
 */
@AutoConfiguration(after = ServiceSupportAutoConfiguration.class)
@ConditionalOnBooleanProperty("giamsat.dead-letters.enabled")
public class DeadLetterAutoConfiguration {

	@Bean
	DeadLetterRecorder deadLetterRecorder(MongoTemplate mongo, Clock clock) {
		return new DeadLetterRecorder(mongo, clock);
	}

	@Bean
	Consumer<Message<List<byte[]>>> deadLetters(DeadLetterRecorder recorder, ConsumedEvents consumed,
			CountedGauge deadLettersPending) {
		return (batch) -> {
			EventBatch.of(batch).applyEach((message) -> consumed.handled(message, recorder.record(message)));
			deadLettersPending.refreshSoon();
		};
	}

	@Bean
	DeadLetterOperations deadLetterOperations(MongoTemplate mongo, StreamBridge bridge, Clock clock,
			OutboxTracing tracing) {
		return new DeadLetterOperations(mongo, bridge, clock, tracing);
	}

	/**
	 * Counted in the database every {@code giamsat.monitoring.gauge-refresh-interval} and
	 * soon after a record is kept, not on each scrape.
	 */
	@Bean
	CountedGauge deadLettersPending(DeadLetterOperations operations, MeterRegistry meters,
			@Value("${giamsat.monitoring.gauge-refresh-interval:1m}") Duration interval) {
		return new CountedGauge("deadletters.pending", "Records rejected by this service and not replayed yet",
				operations::pendingCount, interval, meters);
	}

	@Bean
	DeadLetterController deadLetterController(DeadLetterOperations operations) {
		return new DeadLetterController(operations);
	}

	@Bean("deadLettersHealthContributor")
	HealthIndicator deadLettersHealthContributor(DeadLetterOperations operations) {
		return () -> Health.up().withDetail("pending", operations.pendingCount()).build();
	}

}
