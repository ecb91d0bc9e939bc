package vn.mttq.giamsat.support;

import java.time.Duration;

import org.springframework.context.SmartLifecycle;

/**
 * Gauges whose values are counted in the database by a {@link GaugeRefresher}, started
 * and stopped with the application: a scrape only reads what the last count found, so
 * Prometheus never costs a database query.
 */
public abstract class RefreshedGauges implements SmartLifecycle {

	private final GaugeRefresher refresher;

	/**
	 * Counts with {@link #refresh()} once started.
	 * @param name the refresher's thread name, also used in the log
	 * @param interval between counts
	 * @param settleDelay how long a count asked for by {@link #refreshSoon()} waits
	 */
	protected RefreshedGauges(String name, Duration interval, Duration settleDelay) {
		this.refresher = new GaugeRefresher(name, this::refresh, interval, settleDelay);
	}

	/** Counts in the database and sets the gauges. */
	protected abstract void refresh();

	/**
	 * Counts again soon; requests made while one is waiting are served by that one.
	 */
	public void refreshSoon() {
		this.refresher.requestSoon();
	}

	@Override
	public void start() {
		this.refresher.start();
	}

	@Override
	public void stop() {
		this.refresher.stop();
	}

	@Override
	public boolean isRunning() {
		return this.refresher.isRunning();
	}

}
