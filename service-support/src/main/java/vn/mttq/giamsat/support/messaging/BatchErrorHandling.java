package vn.mttq.giamsat.support.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * How every consumer binding's container handles a batch that failed, the binder's own
 * batch dead-lettering (which sends the whole poll to the dead-letter topic) being off:
 * <ul>
 * <li>the records before the failed one (the index a {@link EventBatch} consumer reports)
 * are committed and the ones after it delivered again;</li>
 * <li>a poison record goes to the binding's dead-letter topic (its {@code dlq-name}) at
 * once and alone, with the binder's {@code x-original-*} and {@code x-exception-*}
 * headers, which the dead-letter store reads; the send is awaited, so a record is never
 * lost between its topic and the dead-letter topic;</li>
 * <li>a database outage is waited out with growing pauses and never dead-letters: the
 * waiting happens between polls, in the container, so the consumer stays in its group
 * with the default {@code max.poll.interval.ms};</li>
 * <li>anything else is tried {@value #ATTEMPTS} times with growing pauses, then
 * dead-lettered.</li>
 * </ul>
 */
public class BatchErrorHandling
		implements ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>>, DisposableBean {

	static final int ATTEMPTS = 4;

	private static final Logger log = LoggerFactory.getLogger(BatchErrorHandling.class);

	private final BindingServiceProperties bindings;

	private final Binder settings;

	private final ConsumedEvents consumed;

	private final Duration infrastructureInitial;

	private final Duration infrastructureMax;

	private final DefaultKafkaProducerFactory<byte[], byte[]> producers;

	private final KafkaTemplate<byte[], byte[]> template;

	/**
	 * Creates the handling.
	 * @param bindings the bindings, to find a container's dead-letter topic
	 * @param settings the environment, for the binder's producer settings and each
	 * binding's {@code spring.cloud.stream.kafka.bindings.<name>.consumer.dlq-name}
	 * @param consumed counts each record dead-lettered
	 * @param infrastructureInitial the first pause during a database outage
	 * @param infrastructureMax the longest pause during a database outage
	 */
	public BatchErrorHandling(BindingServiceProperties bindings, Binder settings, ConsumedEvents consumed,
			Duration infrastructureInitial, Duration infrastructureMax) {
		this.bindings = bindings;
		this.settings = settings;
		this.consumed = consumed;
		this.infrastructureInitial = infrastructureInitial;
		this.infrastructureMax = infrastructureMax;
		Map<String, Object> configuration = new HashMap<>(settings
			.bind("spring.cloud.stream.kafka.binder.producer-properties", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of()));
		configuration.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				settings.bind("spring.cloud.stream.kafka.binder.brokers", String.class).orElse("localhost:9092"));
		this.producers = new DefaultKafkaProducerFactory<>(configuration, new ByteArraySerializer(),
				new ByteArraySerializer());
		this.template = new KafkaTemplate<>(this.producers);
	}

	@Override
	public void configure(AbstractMessageListenerContainer<?, ?> container, String destination, String group) {
		String deadLetterTopic = deadLetterTopic(destination, group);
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer(deadLetterTopic), retries());
		handler.setBackOffFunction((record, failure) -> backOffFor(failure));
		handler.addNotRetryableExceptions(PoisonEventException.class);
		handler.setCommitRecovered(true);
		container.setCommonErrorHandler(handler);
	}

	/**
	 * Whether a failure is the database being unreachable or briefly unable, which
	 * waiting mends.
	 * @param failure what was thrown, at any depth
	 * @return {@code true} for a database outage
	 */
	public static boolean isInfrastructure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException) {
				return true;
			}
		}
		return false;
	}

	BackOff backOffFor(Throwable failure) {
		if (isInfrastructure(failure)) {
			ExponentialBackOff backOff = new ExponentialBackOff(this.infrastructureInitial.toMillis(), 2);
			backOff.setMaxInterval(this.infrastructureMax.toMillis());
			return backOff;
		}
		if (poison(failure) != null) {
			return new FixedBackOff(0, 0);
		}
		return retries();
	}

	private static BackOff retries() {
		ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
		backOff.setMaxInterval(5000);
		backOff.setMaxAttempts(ATTEMPTS - 1);
		return backOff;
	}

	private ConsumerRecordRecoverer recoverer(String deadLetterTopic) {
		if (deadLetterTopic == null) {
			return (record, failure) -> log.error("Skipping record {}-{}@{} after its attempts: {}", record.topic(),
					record.partition(), record.offset(), reason(failure));
		}
		DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(this.template,
				(record, failure) -> new TopicPartition(deadLetterTopic, record.partition()));
		publisher.setHeadersFunction(BatchErrorHandling::binderHeaders);
		publisher.setFailIfSendResultIsError(true);
		return (record, failure) -> {
			publisher.accept(record, failure);
			this.consumed.rejected(record.topic());
		};
	}

	private String deadLetterTopic(String destination, String group) {
		return this.bindings.getBindings()
			.entrySet()
			.stream()
			.filter((binding) -> Objects.equals(binding.getValue().getDestination(), destination)
					&& Objects.equals(binding.getValue().getGroup(), group))
			.map((binding) -> deadLetterTopics().get(binding.getKey()))
			.filter(Objects::nonNull)
			.map(KafkaBinding::consumer)
			.filter(Objects::nonNull)
			.map(KafkaConsumer::dlqName)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private Map<String, KafkaBinding> deadLetterTopics() {
		return this.settings
			.bind("spring.cloud.stream.kafka.bindings", Bindable.mapOf(String.class, KafkaBinding.class))
			.orElse(Map.of());
	}

	/**
	 * The headers the binder's own dead-lettering wrote, which the dead-letter store
	 * reads.
	 */
	private static Headers binderHeaders(ConsumerRecord<?, ?> record, Exception failure) {
		Throwable cause = (poison(failure) != null) ? poison(failure) : innermost(failure);
		RecordHeaders headers = new RecordHeaders();
		headers.add("x-original-topic", bytes(record.topic()));
		headers.add("x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
		headers.add("x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
		headers.add("x-original-timestamp", ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array());
		headers.add("x-exception-fqcn", bytes(cause.getClass().getName()));
		headers.add("x-exception-message", bytes(String.valueOf(cause.getMessage())));
		return headers;
	}

	private static String reason(Exception failure) {
		Throwable cause = (poison(failure) != null) ? poison(failure) : innermost(failure);
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	private static PoisonEventException poison(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof PoisonEventException poison) {
				return poison;
			}
		}
		return null;
	}

	/** The cause a listener threw, below the container's and the binder's wrappers. */
	private static Throwable innermost(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void destroy() {
		this.producers.destroy();
	}

	/**
	 * A binding's Kafka settings, as far as the error handling reads them.
	 *
	 * @param consumer its consumer settings
	 */
	record KafkaBinding(KafkaConsumer consumer) {
	}

	/**
	 * A consumer binding's dead-letter topic.
	 *
	 * @param dlqName the topic, or {@code null} for none
	 */
	record KafkaConsumer(String dlqName) {
	}

}
