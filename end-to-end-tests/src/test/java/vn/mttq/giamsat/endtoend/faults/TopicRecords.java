package vn.mttq.giamsat.endtoend.faults;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import vn.mttq.giamsat.localstack.TopicReader;

/**
 * What the services published, read back from their topics.
 */
final class TopicRecords {

	private TopicRecords() {
	}

	/**
	 * The CloudEvents attributes of a record: the binder's own headers (contentType, the
	 * JSON header types) are the producing binder's business.
	 */
	static Map<String, String> cloudEventHeaders(ConsumerRecord<String, byte[]> record) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			if (header.key().startsWith("ce_")) {
				headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
			}
		}
		return headers;
	}

	/**
	 * The events published more than once on a topic among some keys: an outbox relay
	 * sends each event once unless it crashed between the broker's acknowledgement and
	 * marking the event sent.
	 * @param bootstrapServers the broker
	 * @param topic the topic, read to its end
	 * @param keys the record keys of interest (the scenario's recommendations)
	 * @return each event id seen more than once, with how many times
	 */
	static Map<String, Integer> sentTwice(String bootstrapServers, String topic, Set<String> keys) {
		Map<String, Integer> times = new HashMap<>();
		for (ConsumerRecord<String, byte[]> record : DeadLetterTopics.records(bootstrapServers, topic)) {
			String eventId = TopicReader.header(record, "ce_id");
			if (keys.contains(record.key()) && eventId != null) {
				times.merge(eventId, 1, Integer::sum);
			}
		}
		Map<String, Integer> twice = new HashMap<>();
		times.forEach((eventId, count) -> {
			if (count > 1) {
				twice.put(eventId, count);
			}
		});
		return twice;
	}

	static List<String> describe(String topic, Map<String, Integer> twice) {
		List<String> problems = new ArrayList<>();
		if (!twice.isEmpty()) {
			problems.add(twice.size() + " events published more than once on " + topic
					+ " while every relay was alive, e.g. " + twice.entrySet().iterator().next());
		}
		return problems;
	}

}
