package vn.mttq.giamsat.recommendation.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A lease held in one document, taken and renewed with single-document atomic updates, so
 * that one instance runs each scheduler pass. A holder that dies loses the lease when it
 * expires.
 */
class SchedulerLock {

	static final String COLLECTION = "scheduler_locks";

	private final MongoTemplate mongo;

	private final String name;

	private final String owner;

	private final Duration timeToLive;

	private final Clock clock;

	SchedulerLock(MongoTemplate mongo, String name, String owner, Duration timeToLive, Clock clock) {
		this.mongo = mongo;
		this.name = name;
		this.owner = owner;
		this.timeToLive = timeToLive;
		this.clock = clock;
	}

	/**
	 * Takes the lease if it is free, expired or already ours, and extends it.
	 * @return {@code true} if this instance holds it now
	 */
	boolean tryAcquire() {
		Instant now = this.clock.instant();
		Query free = Query.query(Criteria.where("_id")
			.is(this.name)
			.orOperator(Criteria.where("lockedUntil").lt(Date.from(now)), Criteria.where("owner").is(this.owner)));
		Update take = new Update().set("owner", this.owner)
			.set("lockedUntil", Date.from(now.plus(this.timeToLive)))
			.set("takenAt", Date.from(now));
		if (this.mongo.updateFirst(free, take, COLLECTION).getMatchedCount() > 0) {
			return true;
		}
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(this.name)), COLLECTION)) {
			return false;
		}
		try {
			this.mongo.insert(new Document("_id", this.name).append("owner", this.owner)
				.append("lockedUntil", Date.from(now.plus(this.timeToLive)))
				.append("takenAt", Date.from(now)), COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// Another instance created the lease at the same moment.
			return false;
		}
	}

	/**
	 * Renews the lease between batches of a long pass.
	 * @return {@code false} if the lease was lost (expired and taken by another instance)
	 */
	boolean renew() {
		Instant now = this.clock.instant();
		Query ours = Query.query(Criteria.where("_id").is(this.name).and("owner").is(this.owner));
		return this.mongo
			.updateFirst(ours, new Update().set("lockedUntil", Date.from(now.plus(this.timeToLive))), COLLECTION)
			.getMatchedCount() > 0;
	}

	/** Gives the lease up at the end of a pass, so that any instance may run the next. */
	void release() {
		Query ours = Query.query(Criteria.where("_id").is(this.name).and("owner").is(this.owner));
		this.mongo.updateFirst(ours, new Update().set("lockedUntil", Date.from(Instant.EPOCH)), COLLECTION);
	}

	String owner() {
		return this.owner;
	}

}
