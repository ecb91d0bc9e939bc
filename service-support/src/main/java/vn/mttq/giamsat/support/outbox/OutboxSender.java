package vn.mttq.giamsat.support.outbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaderMapper;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.support.messaging.CloudEventMessages;
import vn.mttq.giamsat.support.messaging.EventMetadata;

/**
 * Sends outbox events without waiting for each acknowledgement: one idempotent producer
 * with the binder's producer settings ({@code acks=all}), the binder's header mapping
 * and, when the binder observes its sends, the same observation, which writes the
 * record's {@code traceparent}. Order per key holds although many sends are in flight:
 * {@code enable.idempotence=true} with {@code max.in.flight.requests.per.connection} at
 * most 5 (Kafka refuses more with idempotence) makes the broker accept a partition's
 * batches only in the order they were sent, retries included.
 */
final class OutboxSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final String BINDER = "spring.cloud.stream.kafka.binder.";

	private final DefaultKafkaProducerFactory<byte[], byte[]> producers;

	private final KafkaTemplate<byte[], byte[]> template;

	private final KafkaHeaderMapper headers;

	private final OutboxTracing tracing;

	private OutboxSender(DefaultKafkaProducerFactory<byte[], byte[]> producers, KafkaHeaderMapper headers,
			OutboxTracing tracing, ObservationRegistry observations, boolean observed) {
		this.producers = producers;
		this.template = new KafkaTemplate<>(producers);
		this.template.setObservationEnabled(observed);
		this.template.setObservationRegistry(observations);
		this.headers = headers;
		this.tracing = tracing;
	}

	/**
	 * A sender with the binder's settings: {@code brokers}, {@code configuration} and
	 * {@code producer-properties} under {@code spring.cloud.stream.kafka.binder}.
	 * @param settings the environment
	 * @param headers how message headers become record headers (the binder's mapper)
	 * @param tracing continues each event's trace
	 * @param observations where sends are observed
	 * @return the sender
	 */
	static OutboxSender fromBinderSettings(Binder settings, KafkaHeaderMapper headers, OutboxTracing tracing,
			ObservationRegistry observations) {
		Map<String, Object> configuration = new HashMap<>();
		configuration.putAll(
				settings.bind(BINDER + "configuration", Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
		configuration.putAll(settings.bind(BINDER + "producer-properties", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of()));
		configuration.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				settings.bind(BINDER + "brokers", String.class).orElse("localhost:9092"));
		configuration.put(ProducerConfig.ACKS_CONFIG, "all");
		// Order per partition with many sends in flight: idempotence with at most 5
		// requests in flight per connection (Kafka refuses an idempotent producer with
		// more).
		configuration.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
		configuration.putIfAbsent(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
		configuration.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG,
				settings.bind("spring.application.name", String.class).orElse("service") + "-outbox-relay");
		boolean observed = settings.bind(BINDER + "enable-observation", Boolean.class).orElse(false);
		return new OutboxSender(
				new DefaultKafkaProducerFactory<>(configuration, new ByteArraySerializer(), new ByteArraySerializer()),
				headers, tracing, observations, observed);
	}

	/**
	 * Sends one event in the trace it happened in and logs it, in that trace, once the
	 * broker has it.
	 * @param topic where to
	 * @param payload the event's JSON
	 * @param metadata its CloudEvents attributes; the subject is the key
	 * @param traceparent the trace it happened in, may be {@code null}
	 * @return completes when the broker acknowledged the record, or failed
	 */
	CompletableFuture<?> send(String topic, String payload, EventMetadata metadata, String traceparent) {
		Message<byte[]> message = CloudEventMessages.toMessage(payload, metadata);
		RecordHeaders recordHeaders = new RecordHeaders();
		this.headers.fromHeaders(message.getHeaders(), recordHeaders);
		ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null,
				metadata.subject().getBytes(StandardCharsets.UTF_8), message.getPayload(), recordHeaders);
		return this.tracing.inTraceOfUntilDone(traceparent, "outbox publish", () -> this.template.send(record),
				() -> log.info("{} published {} {} about {} to {}", metadata.source(), metadata.type(), metadata.id(),
						metadata.subject(), topic));
	}

	@Override
	public void destroy() {
		this.producers.destroy();
	}

}
