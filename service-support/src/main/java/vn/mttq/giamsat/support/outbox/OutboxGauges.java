package vn.mttq.giamsat.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import vn.mttq.giamsat.support.RefreshedGauges;

/**
 * The gauges {@code outbox.pending} and {@code outbox.oldest.age}, from the outbox
 * backlog counted every interval rather than on each scrape. Between two counts the
 * oldest event's age keeps growing with the clock; both show {@code NaN} (unknown) until
 * the first count.
 */
public final class OutboxGauges extends RefreshedGauges {

	private final OutboxBacklog backlog;

	private final Clock clock;

	private volatile Counted last;

	/**
	 * Registers the gauges; they count once started (as a bean, with the application).
	 * @param backlog what counts the pending events
	 * @param clock the clock the oldest event's age is read on
	 * @param interval between counts
	 * @param meters where the gauges are registered
	 */
	public OutboxGauges(OutboxBacklog backlog, Clock clock, Duration interval, MeterRegistry meters) {
		super("outbox-gauges", interval, Duration.ZERO);
		this.backlog = backlog;
		this.clock = clock;
		Gauge.builder("outbox.pending", this, OutboxGauges::pending)
			.description("Events recorded but not yet acknowledged by the broker")
			.strongReference(true)
			.register(meters);
		Gauge.builder("outbox.oldest.age", this, OutboxGauges::oldestAgeSeconds)
			.description("How long the oldest unpublished event has waited")
			.baseUnit("seconds")
			.strongReference(true)
			.register(meters);
	}

	@Override
	protected void refresh() {
		OutboxBacklog.Measure measure = this.backlog.measure();
		Instant now = this.clock.instant();
		this.last = new Counted(measure.pending(), (measure.pending() > 0) ? now.minus(measure.oldestAge()) : null);
	}

	private double pending() {
		Counted counted = this.last;
		return (counted != null) ? counted.pending() : Double.NaN;
	}

	private double oldestAgeSeconds() {
		Counted counted = this.last;
		if (counted == null) {
			return Double.NaN;
		}
		if (counted.oldest() == null) {
			return 0;
		}
		return Math.max(0, Duration.between(counted.oldest(), this.clock.instant()).toMillis() / 1000.0);
	}

	/**
	 * One count.
	 *
	 * @param pending events not yet acknowledged
	 * @param oldest when the oldest of them happened; {@code null} when none is pending
	 */
	private record Counted(long pending, Instant oldest) {
	}

}
