package vn.mttq.giamsat.endtoend.faults;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.mttq.giamsat.events.Topics;

/**
 * The lifecycle steps published on {@code recommendation.lifecycle}, read completely: for
 * each recommendation, each step's sequence with the ids of the events that carried it. A
 * step republished after a crash keeps its event id; a step taken twice would show two.
 */
final class LifecycleSteps {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LifecycleSteps() {
	}

	/**
	 * Reads the lifecycle topic to its end.
	 * @param bootstrapServers the broker
	 * @return recommendation id to sequence to event ids
	 */
	static Map<String, Map<Long, Set<String>>> read(String bootstrapServers) {
		Map<String, Map<Long, Set<String>>> steps = new HashMap<>();
		for (ConsumerRecord<String, byte[]> record : DeadLetterTopics.records(bootstrapServers,
				Topics.RECOMMENDATION_LIFECYCLE)) {
			JsonNode event = JSON.readTree(record.value());
			steps.computeIfAbsent(record.key(), (key) -> new HashMap<>())
				.computeIfAbsent(event.path("sequence").asLong(), (sequence) -> new HashSet<>())
				.add(event.path("eventId").asString());
		}
		return steps;
	}

}
