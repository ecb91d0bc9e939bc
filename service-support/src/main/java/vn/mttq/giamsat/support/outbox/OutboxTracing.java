package vn.mttq.giamsat.support.outbox;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/**
 * Carries a trace across the outbox, which the relay publishes later on its own thread:
 * the W3C {@code traceparent} of the span an event happened in is kept with its entry,
 * and the relay sends the entry inside a span that continues that trace, so the record's
 * {@code traceparent} header (written by the Kafka binder's observation) names the same
 * trace as the request or record that caused the event.
 */
public class OutboxTracing {

	/** Version 00 of the W3C Trace Context header; later versions start the same way. */
	private static final Pattern TRACEPARENT = Pattern
		.compile("[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");

	private static final String NO_TRACE = "0".repeat(32);

	private static final String NO_SPAN = "0".repeat(16);

	private final Tracer tracer;

	public OutboxTracing(Tracer tracer) {
		this.tracer = tracer;
	}

	/**
	 * Returns the {@code traceparent} of the span in scope now.
	 * @return {@code 00-<trace id>-<span id>-<flags>}, or {@code null} outside any span
	 */
	public String currentTraceparent() {
		Span span = this.tracer.currentSpan();
		// A trace that is not sampled still has ids (its spans are only not recorded).
		TraceContext context = (span != null) ? span.context() : null;
		if (context == null || context.traceId() == null || context.traceId().isEmpty()) {
			return null;
		}
		String traceId = "0".repeat(Math.max(0, 32 - context.traceId().length())) + context.traceId();
		return "00-" + traceId + "-" + context.spanId() + "-" + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
	}

	/**
	 * Runs work in a new span whose parent is the given {@code traceparent}, or as it is
	 * when there is none (an entry recorded before traces were kept, or outside any
	 * span): then the Kafka observation starts a trace of its own.
	 * @param <T> what the work returns
	 * @param traceparent the parent, may be {@code null} or malformed
	 * @param name the span's name
	 * @param work what to run in the span
	 * @return what the work returned
	 */
	public <T> T inTraceOf(String traceparent, String name, Supplier<T> work) {
		TraceContext parent = parse(traceparent);
		if (parent == null) {
			return work.get();
		}
		Span span = this.tracer.spanBuilder().setParent(parent).name(name).start();
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

	private TraceContext parse(String traceparent) {
		if (traceparent == null) {
			return null;
		}
		Matcher matcher = TRACEPARENT.matcher(traceparent.trim().toLowerCase(Locale.ROOT));
		if (!matcher.matches() || NO_TRACE.equals(matcher.group(1)) || NO_SPAN.equals(matcher.group(2))) {
			return null;
		}
		boolean sampled = (Integer.parseInt(matcher.group(3), 16) & 1) == 1;
		return this.tracer.traceContextBuilder()
			.traceId(matcher.group(1))
			.spanId(matcher.group(2))
			.sampled(sampled)
			.build();
	}

}
