package vn.mttq.giamsat.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.MessageDeliveryException;

import vn.mttq.giamsat.support.PeriodicTask;
import vn.mttq.giamsat.support.messaging.CloudEventMessages;
import vn.mttq.giamsat.support.messaging.EventMetadata;

/**
 * Publishes the pending outbox entries of every {@link OutboxSource}, oldest first within
 * a document, and marks them sent only after the broker acknowledged them (the output
 * bindings are synchronous), a whole pass with one bulk command. A failed send leaves the
 * entry pending for the next pass, so a broker outage delays events but never loses them;
 * a crash between send and mark sends an event twice, which consumers absorb by its id.
 * Each event is sent in the trace it happened in (see {@link OutboxTracing}) and logged
 * once sent, so the line carries that trace's id.
 * <p>
 * A write that recorded events wakes the relay up for its own document, which is then
 * read by id; only the periodic pass looks for what is still pending (after a failed
 * send, a crash or a restart), through the {@code outbox_pending} index.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 100;

	private final MongoTemplate mongo;

	private final StreamBridge bridge;

	private final List<OutboxSource> sources;

	private final Duration interval;

	private final MeterRegistry meters;

	private final Clock clock;

	private final OutboxTracing tracing;

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
	 * @param bridge sends to the output bindings
	 * @param sources the collections with outboxes
	 * @param interval how often to look for pending events without being woken up
	 * @param meters where {@code outbox.published} and {@code outbox.failed} are counted
	 * @param clock the time events are marked sent
	 * @param tracing continues each event's trace
	 * @param topicOfBinding the destination topic of an output binding
	 */
	public OutboxRelay(MongoTemplate mongo, StreamBridge bridge, List<OutboxSource> sources, Duration interval,
			MeterRegistry meters, Clock clock, OutboxTracing tracing, UnaryOperator<String> topicOfBinding) {
		this.mongo = mongo;
		this.bridge = bridge;
		this.sources = sources;
		this.interval = interval;
		this.meters = meters;
		this.clock = clock;
		this.tracing = tracing;
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
			Query pending = Query
				.query(Criteria.where("_id").in(batch).and("outbox").elemMatch(Criteria.where("sentAt").is(null)));
			published += relayAll(source, this.mongo.find(pending, Document.class, source.collection()));
		}
		if (this.woken.values().stream().anyMatch((ids) -> !ids.isEmpty())) {
			requestPass(this::safeWokenPass);
		}
		return published;
	}

	/**
	 * Publishes what is pending now.
	 * @return the number of events published in this pass
	 */
	public int relayPending() {
		int published = 0;
		for (OutboxSource source : this.sources) {
			Query pending = Query.query(Criteria.where("outbox").elemMatch(Criteria.where("sentAt").is(null)))
				.limit(BATCH);
			published += relayAll(source, this.mongo.find(pending, Document.class, source.collection()));
		}
		return published;
	}

	private int relayAll(OutboxSource source, List<Document> documents) {
		String topic = this.topicOfBinding.apply(source.binding());
		List<SentEntries> sent = new ArrayList<>();
		try {
			for (Document document : documents) {
				SentEntries entries = new SentEntries(document.get("_id"), new ArrayList<>());
				sent.add(entries);
				try {
					relayDocument(source, topic, document, entries.eventIds());
				}
				catch (RuntimeException ex) {
					if (isInfrastructure(ex)) {
						throw ex;
					}
					// One document that cannot be published must not hold up the others.
					log.error("Outbox of {} {} could not be published; the others go on", source.collection(),
							document.get("_id"), ex);
					this.meters.counter("outbox.failed", "binding", source.binding()).increment();
				}
			}
		}
		finally {
			// What the broker acknowledged is marked even when the pass stops halfway.
			markSent(source, sent);
		}
		int published = sent.stream().mapToInt((entries) -> entries.eventIds().size()).sum();
		this.meters.counter("outbox.published", "binding", source.binding(), "topic", topic).increment(published);
		return published;
	}

	private void relayDocument(OutboxSource source, String topic, Document document, List<String> sentIds) {
		for (Document entry : document.getList("outbox", Document.class)) {
			if (entry.get("sentAt") != null) {
				continue;
			}
			EventMetadata metadata = new EventMetadata(entry.getString("eventId"), entry.getString("source"),
					entry.getString("type"), entry.getDate("occurredAt").toInstant(), entry.getString("subject"));
			this.tracing.inTraceOf(entry.getString("traceparent"), "outbox publish", () -> {
				send(source, topic, entry.getString("payload"), metadata);
				return null;
			});
			sentIds.add(metadata.id());
		}
	}

	private void send(OutboxSource source, String topic, String payload, EventMetadata metadata) {
		if (!this.bridge.send(source.binding(), CloudEventMessages.toMessage(payload, metadata))) {
			throw new MessageDeliveryException("The binding " + source.binding() + " refused event " + metadata.id());
		}
		log.info("{} published {} {} about {} to {}", metadata.source(), metadata.type(), metadata.id(),
				metadata.subject(), topic);
	}

	/**
	 * Marks the acknowledged entries of a pass sent with one bulk command: a document's
	 * entries by their event ids (array filters), so entries added to it meanwhile stay
	 * pending. A pass that published a letter's ten items writes once, not ten times.
	 */
	private void markSent(OutboxSource source, List<SentEntries> sent) {
		Date now = Date.from(this.clock.instant());
		List<UpdateOneModel<Document>> marks = new ArrayList<>();
		for (SentEntries entries : sent) {
			if (!entries.eventIds().isEmpty()) {
				marks.add(new UpdateOneModel<>(Filters.eq("_id", entries.documentId()),
						Updates.set("outbox.$[sent].sentAt", now),
						new UpdateOptions().arrayFilters(List.of(Filters.in("sent.eventId", entries.eventIds())))));
			}
		}
		if (!marks.isEmpty()) {
			this.mongo.execute(source.collection(),
					(collection) -> collection.bulkWrite(marks, new BulkWriteOptions().ordered(false)));
		}
	}

	/**
	 * The entries of one document that the broker acknowledged in a pass.
	 */
	private record SentEntries(Object documentId, List<String> eventIds) {
	}

	/**
	 * A broker or database outage stops the pass (every document would fail the same
	 * way); any other failure belongs to one document.
	 */
	private static boolean isInfrastructure(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.apache.kafka.common.errors.RetriableException
					|| cause instanceof org.apache.kafka.common.errors.TimeoutException
					|| cause instanceof org.springframework.dao.DataAccessResourceFailureException
					|| cause instanceof MessageDeliveryException) {
				return true;
			}
		}
		return false;
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

	@Override
	public void stop() {
		this.task.stop();
	}

	@Override
	public boolean isRunning() {
		return this.task.isRunning();
	}

	@Override
	public int getPhase() {
		// Starts after and stops before the output bindings (phase Integer.MIN_VALUE +
		// 1000), so
		// the pass in hand can still publish when the application shuts down.
		return Integer.MAX_VALUE - 2000;
	}

}
