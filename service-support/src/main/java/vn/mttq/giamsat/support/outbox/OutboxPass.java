package vn.mttq.giamsat.support.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.MessageDeliveryException;

import vn.mttq.giamsat.support.messaging.EventMetadata;

/**
 * One pass of the relay over some documents of a collection: every pending entry is sent
 * without waiting for the one before (order per key is the producer's, see
 * {@link OutboxSender}), then the pass waits for all the broker's answers and marks what
 * was acknowledged with one bulk command ({@link OutboxMarks}). Within a document only
 * the entries before the first unacknowledged one are marked, so a key's events are never
 * marked out of order.
 */
class OutboxPass {

	private static final Logger log = LoggerFactory.getLogger(OutboxPass.class);

	private final OutboxSender sender;

	private final OutboxMarks marks;

	private final MeterRegistry meters;

	private final Duration wait;

	/**
	 * @param sender sends the events
	 * @param marks marks them sent and prunes the old ones
	 * @param meters where {@code outbox.published} and {@code outbox.failed} are counted
	 * @param wait how long a pass waits for the broker's answers at most
	 */
	OutboxPass(OutboxSender sender, OutboxMarks marks, MeterRegistry meters, Duration wait) {
		this.sender = sender;
		this.marks = marks;
		this.meters = meters;
		this.wait = wait;
	}

	/**
	 * Sends the pending entries of some documents of a collection, waits for the broker,
	 * and marks what it acknowledged.
	 * @param source the collection
	 * @param topic where its events go
	 * @param documents the documents with pending entries
	 * @return how many events were acknowledged
	 * @throws RuntimeException when the broker is unreachable, after marking what was
	 * acknowledged
	 */
	int relay(OutboxSource source, String topic, List<Document> documents) {
		List<Sending> sendings = new ArrayList<>();
		RuntimeException outage = null;
		for (Document document : documents) {
			Sending sending = new Sending(document);
			sendings.add(sending);
			outage = sendPending(topic, sending);
			if (outage != null) {
				// The broker is unreachable: every other send would wait as long to fail.
				break;
			}
		}
		awaitAll(sendings);
		List<OutboxMarks.Relayed> relayed = new ArrayList<>();
		int published = 0;
		for (Sending sending : sendings) {
			OutboxMarks.Relayed done = sending.relayed();
			relayed.add(done);
			published += done.acknowledged().size();
			Throwable failure = sending.failure();
			if (failure != null && !isInfrastructure(failure)) {
				// One document that cannot be published must not hold up the others.
				log.error("Outbox of {} {} could not be published; the others go on", source.collection(),
						sending.documentId(), failure);
				this.meters.counter("outbox.failed", "binding", source.binding()).increment();
			}
			else if (failure != null && outage == null) {
				outage = (failure instanceof RuntimeException runtime) ? runtime
						: new MessageDeliveryException(failure.getMessage());
			}
		}
		// What the broker acknowledged is marked even when the pass stopped halfway.
		this.marks.write(source.collection(), relayed);
		this.meters.counter("outbox.published", "binding", source.binding(), "topic", topic).increment(published);
		if (outage != null) {
			throw outage;
		}
		return published;
	}

	/**
	 * Starts sending a document's pending entries, oldest first, without waiting.
	 * @return the failure that stops the pass (a broker outage), or {@code null}
	 */
	private RuntimeException sendPending(String topic, Sending sending) {
		for (Document entry : sending.document().getList("outbox", Document.class)) {
			if (entry.get("sentAt") != null) {
				continue;
			}
			try {
				EventMetadata metadata = new EventMetadata(entry.getString("eventId"), entry.getString("source"),
						entry.getString("type"), entry.getDate("occurredAt").toInstant(), entry.getString("subject"));
				sending.add(metadata.id(),
						this.sender.send(topic, entry.getString("payload"), metadata, entry.getString("traceparent")));
			}
			catch (RuntimeException ex) {
				sending.add(entry.getString("eventId"), CompletableFuture.failedFuture(ex));
				return isInfrastructure(ex) ? ex : null;
			}
		}
		return null;
	}

	/**
	 * Waits for the broker's answers to a pass, for a bounded time shorter than what is
	 * left of the lease, so the pass marks its entries while its lease is held; an answer
	 * still missing then leaves its entry pending.
	 */
	private void awaitAll(List<Sending> sendings) {
		CompletableFuture<?>[] all = sendings.stream()
			.flatMap((sending) -> sending.futures().stream())
			.toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(all)
				.handle((result, failure) -> null)
				.get(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("The broker did not answer every send within {}; the rest stay pending", this.wait);
		}
		catch (ExecutionException ex) {
			// Handled above: each send's own outcome is read from its future.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A broker or database outage stops the pass (every document would fail the same
	 * way); any other failure belongs to one document.
	 */
	private static boolean isInfrastructure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.apache.kafka.common.errors.RetriableException
					|| cause instanceof org.apache.kafka.common.errors.TimeoutException
					|| cause instanceof org.springframework.dao.DataAccessResourceFailureException
					|| cause instanceof MessageDeliveryException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The sends of one document's pending entries in a pass, in the order it recorded
	 * them.
	 */
	private static final class Sending {

		private final Document document;

		private final List<String> eventIds = new ArrayList<>();

		private final List<CompletableFuture<?>> futures = new ArrayList<>();

		Sending(Document document) {
			this.document = document;
		}

		Document document() {
			return this.document;
		}

		Object documentId() {
			return this.document.get("_id");
		}

		void add(String eventId, CompletableFuture<?> future) {
			this.eventIds.add(eventId);
			this.futures.add(future);
		}

		List<CompletableFuture<?>> futures() {
			return this.futures;
		}

		/**
		 * The entries acknowledged before the first that was not: one that failed or is
		 * not answered yet keeps those after it pending, so that a key's events are never
		 * marked out of order.
		 */
		OutboxMarks.Relayed relayed() {
			int acknowledged = 0;
			while (acknowledged < this.futures.size() && this.futures.get(acknowledged).isDone()
					&& !this.futures.get(acknowledged).isCompletedExceptionally()) {
				acknowledged++;
			}
			return new OutboxMarks.Relayed(documentId(), this.document.getList("outbox", Document.class),
					List.copyOf(this.eventIds.subList(0, acknowledged)));
		}

		/**
		 * Why the first failed send of this document failed, or {@code null}.
		 */
		Throwable failure() {
			for (CompletableFuture<?> future : this.futures) {
				if (future.isCompletedExceptionally()) {
					Throwable failure = future.handle((result, thrown) -> thrown).getNow(null);
					return (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
							: failure;
				}
			}
			return null;
		}

	}

}
