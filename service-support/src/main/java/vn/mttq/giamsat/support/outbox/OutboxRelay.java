package vn.mttq.giamsat.support.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.mttq.giamsat.support.PeriodicTask;

/**
 * Publishes the pending outbox entries of every {@link OutboxSource}, oldest first within
 * a document: a pass sends all its entries without waiting for each acknowledgement, then
 * waits for all, and marks sent only what the broker acknowledged, with one bulk command
 * per collection that also removes a document's older sent entries (see
 * {@link OutboxMarks}). A failed send leaves its entry, and the entries after it in its
 * document, pending for the next pass, so a broker outage delays events but never loses
 * them; a crash between send and mark sends an event twice, which consumers absorb by its
 * id. Each event is sent in the trace it happened in (see {@link OutboxTracing}) and
 * logged once acknowledged, in that trace.
 * <p>
 * A write that recorded events wakes the relay up for its own document, which is then
 * read by id; only the periodic pass looks for what is still pending (after a failed
 * send, a crash or a restart), through the {@code outbox_pending} index. Of several
 * instances of a service, only the one holding a collection's {@link OutboxLease} relays
 * it; the others' wake-ups leave their documents to its periodic pass.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 100;

	private final MongoTemplate mongo;

	private final OutboxPass pass;

	private final OutboxLease lease;

	private final List<OutboxSource> sources;

	private final Duration interval;

	private final UnaryOperator<String> topicOfBinding;

	private final PeriodicTask task = new PeriodicTask("outbox-relay");

	/**
	 * Set while a requested pass waits to run, so a burst of letters asks for one pass.
	 */
	private final AtomicBoolean passRequested = new AtomicBoolean();

	/**
	 * The documents each collection's writers woke the relay up for, not relayed yet.
	 */
	private final ConcurrentMap<String, Set<Object>> woken = new ConcurrentHashMap<>();

	/**
	 * Creates a relay; it starts with the application.
	 * @param mongo the database
	 * @param pass sends what is pending in some documents and marks it
	 * @param lease which instance relays a collection
	 * @param sources the collections with outboxes
	 * @param interval how often to look for pending events without being woken up
	 * @param topicOfBinding the destination topic of an output binding
	 */
	OutboxRelay(MongoTemplate mongo, OutboxPass pass, OutboxLease lease, List<OutboxSource> sources, Duration interval,
			UnaryOperator<String> topicOfBinding) {
		this.mongo = mongo;
		this.pass = pass;
		this.lease = lease;
		this.sources = sources;
		this.interval = interval;
		this.topicOfBinding = topicOfBinding;
	}

	/**
	 * Asks for a pass over every collection now, instead of at the next tick.
	 */
	public void wakeUp() {
		requestPass(this::safePass);
	}

	/**
	 * Asks for the events just recorded in one document to be published now; a pass that
	 * fails leaves them to the periodic pass.
	 * @param collection the document's collection (that of an {@link OutboxSource})
	 * @param documentId the document's id
	 */
	public void wakeUp(String collection, Object documentId) {
		this.woken.computeIfAbsent(collection, (name) -> ConcurrentHashMap.newKeySet()).add(documentId);
		requestPass(this::safeWokenPass);
	}

	private void requestPass(Runnable pass) {
		if (!this.task.isRunning() || !this.passRequested.compareAndSet(false, true)) {
			return;
		}
		boolean accepted = this.task.runSoon(() -> {
			this.passRequested.set(false);
			pass.run();
		});
		if (!accepted) {
			// Shutting down: the events wait in the document for the next start.
			this.passRequested.set(false);
		}
	}

	/**
	 * Publishes the pending events of the documents the relay was woken up for.
	 * @return the number of events published
	 */
	public int relayWoken() {
		int published = 0;
		for (OutboxSource source : this.sources) {
			Set<Object> ids = this.woken.get(source.collection());
			if (ids == null || ids.isEmpty()) {
				continue;
			}
			List<Object> batch = new ArrayList<>();
			for (Object id : ids) {
				if (batch.size() == BATCH) {
					break;
				}
				ids.remove(id);
				batch.add(id);
			}
			if (!this.lease.hold(source.collection())) {
				// Another instance relays this collection: its periodic pass finds them.
				continue;
			}
			Query pending = Query
				.query(Criteria.where("_id").in(batch).and("outbox").elemMatch(Criteria.where("sentAt").is(null)));
			published += this.pass.relay(source, this.topicOfBinding.apply(source.binding()),
					this.mongo.find(pending, Document.class, source.collection()));
		}
		if (this.woken.values().stream().anyMatch((ids) -> !ids.isEmpty())) {
			requestPass(this::safeWokenPass);
		}
		return published;
	}

	/**
	 * Publishes what is pending now in the collections this instance holds the lease of.
	 * @return the number of events published in this pass
	 */
	public int relayPending() {
		int published = 0;
		for (OutboxSource source : this.sources) {
			if (!this.lease.hold(source.collection())) {
				continue;
			}
			Query pending = Query.query(Criteria.where("outbox").elemMatch(Criteria.where("sentAt").is(null)))
				.limit(BATCH);
			published += this.pass.relay(source, this.topicOfBinding.apply(source.binding()),
					this.mongo.find(pending, Document.class, source.collection()));
		}
		return published;
	}

	private void safeWokenPass() {
		try {
			relayWoken();
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay pass failed, pending events stay for the next pass: {}", ex.toString());
		}
	}

	private void safePass() {
		try {
			relayPending();
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay pass failed, pending events stay for the next pass: {}", ex.toString());
		}
	}

	@Override
	public void start() {
		this.sources.forEach(this::indexPendingEntries);
		this.task.start(this::safePass, this.interval, this.interval);
	}

	/**
	 * Indexes the entries' {@code sentAt} (multikey), so that the periodic pass's
	 * {@code outbox: {$elemMatch: {sentAt: null}}} reads the documents with pending
	 * events (the missing dates) instead of the whole collection, on MongoDB and on the
	 * embedded server alike. A database that is down now gets it at the next start; the
	 * pass works without it, only slower.
	 */
	private void indexPendingEntries(OutboxSource source) {
		try {
			this.mongo.indexOps(source.collection())
				.createIndex(new Index().on("outbox.sentAt", Sort.Direction.ASC).named("outbox_pending"));
		}
		catch (RuntimeException ex) {
			log.warn("Could not index the pending outbox entries of {}: {}", source.collection(), ex.toString());
		}
	}

	/**
	 * Stops after the pass in hand and gives the leases up, so another instance takes
	 * over at once.
	 */
	@Override
	public void stop() {
		this.task.stop();
		try {
			this.lease.release(this.sources.stream().map(OutboxSource::collection).toList());
		}
		catch (RuntimeException ex) {
			log.warn("Could not release the outbox leases; they expire on their own: {}", ex.toString());
		}
	}

	@Override
	public boolean isRunning() {
		return this.task.isRunning();
	}

	@Override
	public int getPhase() {
		// Starts late and stops early, so the pass in hand can still publish and mark
		// when the application shuts down, before the sender's producer is closed.
		return Integer.MAX_VALUE - 2000;
	}

}
