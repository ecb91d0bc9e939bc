package vn.mttq.giamsat.support.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.support.messaging.EventReader;

/**
 * Keeps each record of a dead-letter topic, once, with the reason the binder wrote in its
 * headers.
 */
public class DeadLetterRecorder {

	private static final String ORIGINAL_TOPIC = "x-original-topic";

	/** W3C Trace Context: an operator finds the record's log lines by its trace id. */
	private static final Set<String> TRACE_HEADERS = Set.of("traceparent", "tracestate");

	private final MongoTemplate mongo;

	private final Clock clock;

	public DeadLetterRecorder(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Keeps a dead-lettered record.
	 * @param message the record from the dead-letter topic
	 * @return {@code true} if it is kept now, {@code false} if it was kept before
	 */
	public boolean record(Message<byte[]> message) {
		String id = EventReader.header(message, KafkaHeaders.RECEIVED_TOPIC) + "-"
				+ message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION) + "-"
				+ message.getHeaders().get(KafkaHeaders.OFFSET);
		Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
		Update insert = new Update().setOnInsert("originalTopic", EventReader.header(message, ORIGINAL_TOPIC))
			.setOnInsert("key",
					(key instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8)
							: (key != null ? key.toString() : null))
			.setOnInsert("payload", new String(message.getPayload(), StandardCharsets.UTF_8))
			.setOnInsert("headers", originalHeaders(message))
			.setOnInsert("reason", EventReader.header(message, "x-exception-message"))
			.setOnInsert("exception", EventReader.header(message, "x-exception-fqcn"))
			.setOnInsert("deadAt", this.clock.instant())
			.setOnInsert("replays", 0);
		return this.mongo.upsert(Query.query(Criteria.where("_id").is(id)), insert, DeadLetter.class)
			.getUpsertedId() != null;
	}

	/**
	 * The headers the producer wrote (CloudEvents attributes, content type) and the trace
	 * the record belongs to, not the ones the binder or the dead-letter publisher added.
	 */
	private static Map<String, String> originalHeaders(Message<byte[]> message) {
		Map<String, String> headers = new TreeMap<>();
		message.getHeaders().forEach((name, value) -> {
			if (name.startsWith("ce_") || name.equals("content-type") || TRACE_HEADERS.contains(name)) {
				headers.put(name, text(value));
			}
			else if (name.startsWith("ce-")) {
				// Spring Cloud Function's own prefix for the same attribute; replayed as
				// on the wire.
				headers.put("ce_" + name.substring(3), text(value));
			}
		});
		return headers;
	}

	private static String text(Object value) {
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		if (value instanceof ByteBuffer buffer) {
			return StandardCharsets.UTF_8.decode(buffer.duplicate()).toString();
		}
		return String.valueOf(value);
	}

}
