package vn.mttq.giamsat.localstack;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The bad records every consumer must survive, each sent with the key of a good one so
 * they sit in its partition, before it: a payload that is not JSON, an unknown event
 * version, a record without a type header, and a JSON object with none of the required
 * fields.
 */
public final class PoisonRecords {

	/** How many records {@link #sendAll} sends. */
	public static final int COUNT = 4;

	private static final String TYPE = "ce_type";

	private PoisonRecords() {
	}

	/**
	 * Sends the poison records.
	 * @param bootstrapServers the broker
	 * @param topic the consumer's topic
	 * @param key the key of the good record that follows them
	 * @param goodJson a valid payload, to be spoiled
	 * @param goodHeaders the valid headers, including {@code ce_type}
	 */
	public static void sendAll(String bootstrapServers, String topic, String key, String goodJson,
			Map<String, String> goodHeaders) {
		TopicWriter.send(bootstrapServers, topic, key, "{ not json".getBytes(StandardCharsets.UTF_8), goodHeaders);
		Map<String, String> nextVersion = new HashMap<>(goodHeaders);
		nextVersion.put(TYPE, goodHeaders.get(TYPE).replaceAll("\\.v\\d+$", ".v99"));
		TopicWriter.send(bootstrapServers, topic, key, goodJson, nextVersion);
		Map<String, String> untyped = new HashMap<>(goodHeaders);
		untyped.remove(TYPE);
		TopicWriter.send(bootstrapServers, topic, key, goodJson, untyped);
		TopicWriter.send(bootstrapServers, topic, key, "{}", goodHeaders);
	}

}
