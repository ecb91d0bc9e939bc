package vn.mttq.giamsat.support.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.support.MessageBuilder;

import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.outbox.OutboxTracing;

/**
 * Lists dead letters and replays them: the original record goes back to its original
 * topic with its key, payload and headers, where the consumer applies it like any other
 * (once, by its id), in the trace of the record that was rejected rather than the
 * operator's request, so the item's trace goes on where it stopped.
 */
public class DeadLetterOperations {

	private final MongoTemplate mongo;

	private final StreamBridge bridge;

	private final Clock clock;

	private final OutboxTracing tracing;

	public DeadLetterOperations(MongoTemplate mongo, StreamBridge bridge, Clock clock, OutboxTracing tracing) {
		this.mongo = mongo;
		this.bridge = bridge;
		this.clock = clock;
		this.tracing = tracing;
	}

	public Page<DeadLetter> list(Boolean pending, int page, int size) {
		Criteria criteria = new Criteria();
		if (Boolean.TRUE.equals(pending)) {
			criteria.and("replayedAt").is(null);
		}
		else if (Boolean.FALSE.equals(pending)) {
			criteria.and("replayedAt").ne(null);
		}
		PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("deadAt"), Sort.Order.asc("_id")));
		return PageableExecutionUtils.getPage(this.mongo.find(Query.query(criteria).with(pageable), DeadLetter.class),
				pageable, () -> this.mongo.count(Query.query(criteria), DeadLetter.class));
	}

	public DeadLetter get(String id) {
		DeadLetter letter = this.mongo.findById(id, DeadLetter.class);
		if (letter == null) {
			throw new ResourceNotFoundException("Dead letter", id);
		}
		return letter;
	}

	/**
	 * Sends a dead letter back to its original topic and records the replay.
	 * @param id the dead letter
	 * @return the dead letter as it is now
	 */
	public DeadLetter replay(String id) {
		DeadLetter letter = get(id);
		if (letter.originalTopic() == null) {
			throw new BusinessRuleException("originalTopic",
					"This dead letter does not say which topic it came from, so it cannot be replayed");
		}
		MessageBuilder<byte[]> message = MessageBuilder.withPayload(letter.payload().getBytes(StandardCharsets.UTF_8));
		if (letter.key() != null) {
			message.setHeader(KafkaHeaders.KEY, letter.key().getBytes(StandardCharsets.UTF_8));
		}
		letter.headers().forEach(message::setHeader);
		Message<byte[]> replayed = message.build();
		if (!this.tracing.inTraceOf(letter.headers().get("traceparent"), "dead-letter replay",
				() -> this.bridge.send(letter.originalTopic(), replayed))) {
			throw new MessageDeliveryException(replayed, "The broker refused the replay of " + id);
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("replayedAt", this.clock.instant()).inc("replays", 1), DeadLetter.class);
		return get(id);
	}

	/**
	 * Replays every dead letter not replayed yet, oldest first.
	 * @return how many were replayed
	 */
	public int replayPending() {
		int replayed = 0;
		Query pending = Query.query(Criteria.where("replayedAt").is(null)).with(Sort.by("deadAt", "_id"));
		for (DeadLetter letter : this.mongo.find(pending, DeadLetter.class)) {
			replay(letter.id());
			replayed++;
		}
		return replayed;
	}

	public long pendingCount() {
		return this.mongo.count(Query.query(Criteria.where("replayedAt").is(null)), DeadLetter.class);
	}

}
