package vn.mttq.giamsat.support.deadletter;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A record a consumer could not apply, as it sits on the dead-letter topic: the original
 * key, payload and headers, why it was rejected, and whether it was replayed.
 *
 * @param id the dead-letter topic, partition and offset, so a record is stored once
 * @param originalTopic the topic it was consumed from, where a replay sends it
 * @param key the original key
 * @param payload the original payload as text
 * @param headers the original headers as text, without the dead-letter ones
 * @param reason why it was rejected
 * @param exception the class of the exception that rejected it
 * @param deadAt when it arrived on the dead-letter topic
 * @param replayedAt when it was last replayed, or {@code null}
 * @param replays how many times it was replayed
 */
@Document("dead_letters")
public record DeadLetter(@Id String id, String originalTopic, String key, String payload, Map<String, String> headers,
		String reason, String exception, Instant deadAt, Instant replayedAt, int replays) {

	public boolean pending() {
		return this.replayedAt == null;
	}

}
