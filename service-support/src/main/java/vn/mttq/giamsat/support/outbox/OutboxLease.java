package vn.mttq.giamsat.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which instance of a service relays a collection's outbox: one lease per collection in
 * {@code outbox_leases} ({@code {_id: collection, owner, until}}), taken or renewed with
 * one conditional upsert when free, expired or already held, and released on shutdown.
 * Two live instances therefore never send the same entry; an instance that dies holding a
 * lease gives it up when it expires, and the next owner sends again what the dead one
 * sent without marking (consumers are idempotent).
 */
class OutboxLease {

	static final String COLLECTION = "outbox_leases";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Duration duration;

	private final String owner;

	/**
	 * Until when this instance holds each collection's lease, as last written.
	 */
	private final Map<String, Instant> held = new ConcurrentHashMap<>();

	OutboxLease(MongoTemplate mongo, Clock clock, Duration duration, String owner) {
		this.mongo = mongo;
		this.clock = clock;
		this.duration = duration;
		this.owner = owner;
	}

	static String newOwner(String application) {
		return application + "-" + UUID.randomUUID();
	}

	/**
	 * Takes or renews the lease on a collection; a lease still held for more than half
	 * its duration is not written again, so that what a pass does within half a lease
	 * happens while it is held.
	 * @param collection the collection to relay
	 * @return {@code true} if this instance holds it for at least half a lease from now
	 */
	boolean hold(String collection) {
		Instant now = this.clock.instant();
		Instant until = this.held.get(collection);
		if (until != null && until.isAfter(now.plus(this.duration.dividedBy(2)))) {
			return true;
		}
		Instant renewed = now.plus(this.duration);
		Query freeOrOurs = Query.query(Criteria.where("_id")
			.is(collection)
			.orOperator(Criteria.where("owner").is(this.owner), Criteria.where("until").lte(Date.from(now))));
		Update take = new Update().set("owner", this.owner).set("until", Date.from(renewed));
		try {
			this.mongo.findAndModify(freeOrOurs, take, FindAndModifyOptions.options().upsert(true).returnNew(true),
					Document.class, COLLECTION);
			this.held.put(collection, renewed);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// Another live instance holds it: the upsert found no match and the id is
			// taken.
			this.held.remove(collection);
			return false;
		}
	}

	/**
	 * Gives up this instance's leases, so another instance takes over at its next pass
	 * rather than when they expire.
	 * @param collections the collections relayed
	 */
	void release(Collection<String> collections) {
		this.held.clear();
		this.mongo.remove(Query.query(Criteria.where("_id").in(collections).and("owner").is(this.owner)), COLLECTION);
	}

	String owner() {
		return this.owner;
	}

}
