package vn.mttq.giamsat.support.messaging;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Counts every record a consumer handled, once, by topic and outcome
 * ({@code events.consumed}): {@code applied} when it changed something, {@code duplicate}
 * when it changed nothing (already applied, redelivered, stale), and {@code rejected}
 * when the binder sent it to the dead-letter topic. A record that fails and is retried is
 * counted only when it is finally applied or rejected.
 */
public class ConsumedEvents {

	/** The counter's name. */
	public static final String METER = "events.consumed";

	private static final String UNKNOWN_TOPIC = "unknown";

	private static final List<String> OUTCOMES = List.of("applied", "duplicate", "rejected");

	private final MeterRegistry meters;

	public ConsumedEvents(MeterRegistry meters) {
		this.meters = meters;
	}

	/**
	 * Counts a record the consumer handled.
	 * @param message the record as the consumer received it
	 * @param changed whether applying it changed anything
	 * @return {@code changed}, for the consumer to pass on
	 */
	public boolean handled(Message<?> message, boolean changed) {
		String topic = EventReader.header(message, KafkaHeaders.RECEIVED_TOPIC);
		count((topic != null) ? topic : UNKNOWN_TOPIC, changed ? "applied" : "duplicate");
		return changed;
	}

	/**
	 * Counts a record sent to the dead-letter topic.
	 * @param topic the topic it came from
	 */
	public void rejected(String topic) {
		count(topic, "rejected");
	}

	/**
	 * Registers the topic's counters at 0 for every outcome, so that Prometheus has a
	 * sample from before the first record and {@code increase()} sees it.
	 * @param topic a topic this service consumes
	 */
	public void expect(String topic) {
		for (String outcome : OUTCOMES) {
			counter(topic, outcome);
		}
	}

	private void count(String topic, String outcome) {
		counter(topic, outcome).increment();
	}

	private Counter counter(String topic, String outcome) {
		return Counter.builder(METER)
			.description("Records consumed, by topic and outcome (applied, duplicate, rejected)")
			.tag("topic", topic)
			.tag("outcome", outcome)
			.register(this.meters);
	}

}
