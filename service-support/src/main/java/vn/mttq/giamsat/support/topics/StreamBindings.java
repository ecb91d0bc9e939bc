package vn.mttq.giamsat.support.topics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The topics a service's Spring Cloud Stream bindings name: those it writes (its output
 * bindings' destinations, with their {@code topic.properties}, and its consumers'
 * dead-letter topics) and those it reads.
 */
final class StreamBindings {

	private static final Pattern OUTPUT = Pattern.compile(".+-out-\\d+");

	private static final Pattern INPUT = Pattern.compile(".+-in-\\d+");

	private final Map<String, Map<String, String>> written = new LinkedHashMap<>();

	private final Set<String> read = new LinkedHashSet<>();

	private StreamBindings() {
	}

	/**
	 * Reads the bindings of {@code spring.cloud.stream.bindings} and their Kafka settings
	 * in {@code spring.cloud.stream.kafka.bindings}.
	 * @param environment the service's environment
	 * @return the topics
	 */
	static StreamBindings from(Environment environment) {
		Binder binder = Binder.get(environment);
		Map<String, StreamBinding> bindings = binder
			.bind("spring.cloud.stream.bindings", Bindable.mapOf(String.class, StreamBinding.class))
			.orElse(Map.of());
		Map<String, KafkaBinding> kafka = binder
			.bind("spring.cloud.stream.kafka.bindings", Bindable.mapOf(String.class, KafkaBinding.class))
			.orElse(Map.of());
		Set<String> outputs = names(environment.getProperty("spring.cloud.stream.output-bindings"), ";");
		StreamBindings topics = new StreamBindings();
		bindings.forEach((name, binding) -> {
			KafkaBinding settings = kafka.getOrDefault(name, new KafkaBinding(null, null));
			String destination = StringUtils.hasText(binding.destination()) ? binding.destination().strip() : name;
			if (OUTPUT.matcher(name).matches() || outputs.contains(name)) {
				topics.written.computeIfAbsent(destination, (topic) -> new LinkedHashMap<>())
					.putAll(settings.producer().topic().properties());
			}
			else if (INPUT.matcher(name).matches()) {
				topics.read.addAll(names(destination, ","));
				KafkaSide consumer = settings.consumer();
				if (consumer.enableDlq() || StringUtils.hasText(consumer.dlqName())) {
					// The dead-letter topic the batch error handling writes (dlq-name),
					// or the
					// binder's own default name when none is given.
					String deadLetters = StringUtils.hasText(consumer.dlqName()) ? consumer.dlqName().strip()
							: "error." + destination + "." + binding.group();
					topics.written.computeIfAbsent(deadLetters, (topic) -> new LinkedHashMap<>());
				}
			}
		});
		return topics;
	}

	/**
	 * The topics this service writes, each with the topic settings its binding asks for
	 * (such as {@code cleanup.policy=compact}).
	 * @return topic name to settings, in the order of the configuration
	 */
	Map<String, Map<String, String>> written() {
		return this.written;
	}

	/**
	 * The topics this service reads, its own dead-letter topics included.
	 * @return the topic names
	 */
	Set<String> read() {
		return this.read;
	}

	private static Set<String> names(String list, String separator) {
		Set<String> names = new LinkedHashSet<>();
		if (list != null) {
			Arrays.stream(list.split(separator)).map(String::strip).filter(StringUtils::hasText).forEach(names::add);
		}
		return names;
	}

	/**
	 * The binder-neutral part of a binding.
	 *
	 * @param destination the topic, or several separated by commas for a consumer
	 * @param group the consumer group
	 */
	record StreamBinding(String destination, String group) {

	}

	/**
	 * The Kafka part of a binding.
	 *
	 * @param producer its producer settings
	 * @param consumer its consumer settings
	 */
	record KafkaBinding(KafkaSide producer, KafkaSide consumer) {

		KafkaBinding {
			producer = (producer != null) ? producer : new KafkaSide(false, null, null);
			consumer = (consumer != null) ? consumer : new KafkaSide(false, null, null);
		}

	}

	/**
	 * The settings of one side of a Kafka binding that name or shape a topic.
	 *
	 * @param enableDlq whether a consumer sends what it rejects to a dead-letter topic
	 * @param dlqName that topic
	 * @param topic the settings the topic should have
	 */
	record KafkaSide(boolean enableDlq, String dlqName, KafkaTopic topic) {

		KafkaSide {
			topic = (topic != null) ? topic : new KafkaTopic(null);
		}

	}

	/**
	 * Topic-level settings of a binding.
	 *
	 * @param properties Kafka topic configuration, e.g. {@code cleanup.policy}
	 */
	record KafkaTopic(Map<String, String> properties) {

		KafkaTopic {
			properties = (properties != null) ? Map.copyOf(properties) : Map.of();
		}

	}

}
