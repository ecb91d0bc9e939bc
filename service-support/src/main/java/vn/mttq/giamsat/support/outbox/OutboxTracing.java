package vn.mttq.giamsat.support.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries a trace across the outbox, which the relay publishes later on its own thread:
 * the W3C {@code traceparent} of the span an event happened in is kept with its entry,
 * and the relay sends the entry inside a span that continues that trace, so the record's
 * {@code traceparent} header (written by the Kafka producer's observation) names the same
 * trace as the request or record that caused the event.
 */
public class OutboxTracing {

	private static final String TRACEPARENT = "traceparent";

	private final Tracer tracer;

	private final Propagator propagator;

	/**
	 * Carries traces with the tracer's own propagation (W3C Trace Context, as the Kafka
	 * producer's observation writes it).
	 * @param tracer the tracer
	 * @param propagator the propagator that writes and reads {@code traceparent}
	 */
	public OutboxTracing(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/**
	 * Returns the {@code traceparent} of the span in scope now.
	 * @return {@code 00-<trace id>-<span id>-<flags>}, or {@code null} outside any span
	 */
	public String currentTraceparent() {
		Span span = this.tracer.currentSpan();
		if (span == null) {
			return null;
		}
		// A trace that is not sampled still has ids (its spans are only not recorded).
		Map<String, String> carrier = new HashMap<>();
		this.propagator.inject(span.context(), carrier, Map::put);
		return carrier.get(TRACEPARENT);
	}

	/**
	 * Runs work in a new span whose parent is the given {@code traceparent}, or as it is
	 * when there is none (an entry recorded before traces were kept, or outside any span)
	 * or it cannot be read: then the Kafka observation starts a trace of its own.
	 * @param <T> what the work returns
	 * @param traceparent the parent, may be {@code null} or malformed
	 * @param name the span's name
	 * @param work what to run in the span
	 * @return what the work returned
	 */
	public <T> T inTraceOf(String traceparent, String name, Supplier<T> work) {
		Span span = childOf(traceparent, name);
		if (span == null) {
			return work.get();
		}
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			return work.get();
		}
		catch (RuntimeException ex) {
			span.error(ex);
			throw ex;
		}
		finally {
			span.end();
		}
	}

	/**
	 * Starts asynchronous work in a new span whose parent is the given
	 * {@code traceparent} (see {@link #inTraceOf}); the span lasts until the work
	 * completes, and what to do on success runs in it, so a log line written then carries
	 * the trace's id.
	 * @param <T> what the work completes with
	 * @param traceparent the parent, may be {@code null} or malformed
	 * @param name the span's name
	 * @param work what to start in the span
	 * @param succeeded what to run, in the span, once the work succeeded
	 * @return completes as the work does, after the span ended
	 */
	public <T> CompletableFuture<T> inTraceOfUntilDone(String traceparent, String name,
			Supplier<CompletableFuture<T>> work, Runnable succeeded) {
		Span span = childOf(traceparent, name);
		if (span == null) {
			return work.get().whenComplete((result, failure) -> {
				if (failure == null) {
					succeeded.run();
				}
			});
		}
		CompletableFuture<T> started;
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			started = work.get();
		}
		catch (RuntimeException ex) {
			span.error(ex);
			span.end();
			throw ex;
		}
		return started.whenComplete((result, failure) -> {
			try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
				if (failure != null) {
					span.error(failure);
				}
				else {
					succeeded.run();
				}
			}
			finally {
				span.end();
			}
		});
	}

	/**
	 * A started child of the given {@code traceparent}, or {@code null} when there is
	 * none or it cannot be read: then the Kafka observation starts a trace of its own.
	 */
	private Span childOf(String traceparent, String name) {
		if (traceparent == null || traceparent.isBlank()) {
			return null;
		}
		Span span = this.propagator.extract(Map.of(TRACEPARENT, traceparent.trim()), Map::get).name(name).start();
		if (span.context().parentId() == null) {
			// Nothing could be read from it: the span would start a trace of its own.
			span.abandon();
			return null;
		}
		return span;
	}

}
