package vn.mttq.giamsat.support;

import java.time.Duration;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A gauge of one number counted in the database: at start, every interval and soon after
 * {@link #refreshSoon()}. It shows {@code NaN} (unknown) until the first count, and the
 * last count afterwards.
 */
public final class CountedGauge extends RefreshedGauges {

	private final LongSupplier counter;

	private volatile double value = Double.NaN;

	/**
	 * Registers the gauge; it counts once started (as a bean, with the application).
	 * @param name the gauge's name, also the refresher's thread name
	 * @param description the gauge's description
	 * @param counter counts in the database
	 * @param interval between counts
	 * @param meters where the gauge is registered
	 */
	public CountedGauge(String name, String description, LongSupplier counter, Duration interval,
			MeterRegistry meters) {
		super(name, interval, Duration.ZERO);
		this.counter = counter;
		Gauge.builder(name, this, CountedGauge::value).description(description).strongReference(true).register(meters);
	}

	/** The last count, {@code NaN} before the first. */
	public double value() {
		return this.value;
	}

	@Override
	protected void refresh() {
		this.value = this.counter.getAsLong();
	}

}
