package vn.mttq.giamsat.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How many events wait in the outboxes and how long the oldest has waited: the measure of
 * a broker outage or a stuck relay.
 */
public class OutboxBacklog {

	private final MongoTemplate mongo;

	private final List<OutboxSource> sources;

	private final Clock clock;

	public OutboxBacklog(MongoTemplate mongo, List<OutboxSource> sources, Clock clock) {
		this.mongo = mongo;
		this.sources = sources;
		this.clock = clock;
	}

	public Measure measure() {
		long pending = 0;
		Instant oldest = null;
		for (OutboxSource source : this.sources) {
			Query query = Query.query(Criteria.where("outbox").elemMatch(Criteria.where("sentAt").is(null)));
			query.fields().include("outbox");
			for (Document document : this.mongo.find(query, Document.class, source.collection())) {
				for (Document entry : document.getList("outbox", Document.class)) {
					if (entry.get("sentAt") == null) {
						pending++;
						Instant at = entry.get("occurredAt", Date.class).toInstant();
						oldest = (oldest == null || at.isBefore(oldest)) ? at : oldest;
					}
				}
			}
		}
		Duration age = (oldest != null) ? Duration.between(oldest, this.clock.instant()) : Duration.ZERO;
		return new Measure(pending, age);
	}

	/**
	 * The backlog at one moment.
	 *
	 * @param pending events not yet acknowledged by the broker
	 * @param oldestAge how long the oldest of them has waited
	 */
	public record Measure(long pending, Duration oldestAge) {
	}

}
