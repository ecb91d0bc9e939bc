package vn.mttq.giamsat.support.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import brave.Tracing;
import brave.propagation.ThreadLocalCurrentTraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveBaggageManager;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import io.micrometer.tracing.brave.bridge.W3CPropagation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import vn.mttq.giamsat.support.messaging.EventMetadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How an outbox entry keeps the trace its event happened in, and how the relay continues
 * it, with a real Brave tracer.
 */
class OutboxTracingTests {

	private static final String STORED = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private final Tracing brave = Tracing.newBuilder()
		.traceId128Bit(true)
		.propagationFactory(new W3CPropagation())
		.currentTraceContext(ThreadLocalCurrentTraceContext.create())
		.build();

	private final Tracer tracer = new BraveTracer(this.brave.tracer(),
			new BraveCurrentTraceContext(this.brave.currentTraceContext()), new BraveBaggageManager());

	private final OutboxTracing tracing = new OutboxTracing(this.tracer, new BravePropagator(this.brave));

	private final OutboxEvents events = new OutboxEvents(JsonMapper.builder().build(), this.tracing);

	@AfterEach
	void closeTracing() {
		this.brave.close();
	}

	@Test
	void anEntryRecordedDuringARequestKeepsTheRequestsSpanAsItsTraceparent() {
		Span request = this.tracer.nextSpan().name("POST /letters").start();
		OutboxEntry entry;
		try (Tracer.SpanInScope scope = this.tracer.withSpan(request)) {
			entry = this.events.pending(Map.of("recommendationId", "kn-1"), metadata());
		}
		finally {
			request.end();
		}

		assertThat(entry.traceparent())
			.isEqualTo("00-" + request.context().traceId() + "-" + request.context().spanId() + "-01");
	}

	@Test
	void anEntryRecordedOutsideAnySpanHasNoTraceparent() {
		assertThat(this.events.pending(Map.of("recommendationId", "kn-1"), metadata()).traceparent()).isNull();
	}

	@Test
	void aNotSampledTraceIsStillKeptWithItsFlag() {
		Span unsampled = this.tracer.spanBuilder()
			.setParent(this.tracer.traceContextBuilder()
				.traceId("4bf92f3577b34da6a3ce929d0e0e4736")
				.spanId("00f067aa0ba902b7")
				.sampled(false)
				.build())
			.start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(unsampled)) {
			assertThat(this.tracing.currentTraceparent()).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
				.endsWith("-00");
		}
	}

	@Test
	void theRelaySendsInAChildOfTheStoredSpan() {
		TraceContext sending = this.tracing.inTraceOf(STORED, "outbox publish",
				() -> this.tracer.currentSpan().context());

		assertThat(sending.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(sending.parentId()).isEqualTo("00f067aa0ba902b7");
		assertThat(sending.spanId()).isNotEqualTo("00f067aa0ba902b7");
		assertThat(sending.sampled()).isTrue();
		assertThat(this.tracer.currentSpan()).as("the span is closed after the send").isNull();
	}

	@Test
	void anEntryWithoutATraceparentIsSentOutsideAnyTrace() {
		AtomicReference<Span> during = new AtomicReference<>();
		for (String missingOrBroken : new String[] { null, "", "not-a-traceparent",
				"00-00000000000000000000000000000000-00f067aa0ba902b7-01" }) {
			this.tracing.inTraceOf(missingOrBroken, "outbox publish", () -> {
				during.set(this.tracer.currentSpan());
				return null;
			});
			assertThat(during.get()).as(String.valueOf(missingOrBroken)).isNull();
		}
	}

	@Test
	void aFailedSendLeavesNoSpanInScope() {
		assertThatIllegalStateException().isThrownBy(() -> this.tracing.inTraceOf(STORED, "outbox publish", () -> {
			throw new IllegalStateException("broker down");
		}));
		assertThat(this.tracer.currentSpan()).isNull();
	}

	private static EventMetadata metadata() {
		return new EventMetadata("event-1", "/supervision-service",
				"vn.mttq.giamsat.supervision.RecommendationIssued.v1", Instant.parse("2026-11-20T03:00:00Z"), "kn-1");
	}

}
