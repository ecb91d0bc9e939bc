package vn.mttq.giamsat.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the database count behind a set of gauges on its own thread: at start (so the
 * gauges are right straight after a restart), at a fixed interval, and once a settle
 * delay after {@link #requestSoon()}, one count serving every request made while it
 * waits. A failed count is logged and the gauges keep their last values.
 */
public final class GaugeRefresher {

	private static final Logger log = LoggerFactory.getLogger(GaugeRefresher.class);

	private final String name;

	private final Runnable count;

	private final Duration interval;

	private final Duration settleDelay;

	private final AtomicBoolean queued = new AtomicBoolean();

	private final PeriodicTask task;

	/**
	 * Creates a refresher; it runs once started.
	 * @param name the thread's name, also used in the log
	 * @param count counts in the database and sets the gauges
	 * @param interval between counts
	 * @param settleDelay how long a requested count waits, so that a burst of changes is
	 * counted once
	 */
	public GaugeRefresher(String name, Runnable count, Duration interval, Duration settleDelay) {
		this.name = name;
		this.count = count;
		this.interval = interval;
		this.settleDelay = settleDelay;
		this.task = new PeriodicTask(name);
	}

	/** Asks for a count after the settle delay. */
	public void requestSoon() {
		if (this.queued.compareAndSet(false, true) && !this.task.runLater(this::queuedCount, this.settleDelay)) {
			this.queued.set(false);
		}
	}

	private void queuedCount() {
		this.queued.set(false);
		safeCount();
	}

	private void safeCount() {
		try {
			this.count.run();
		}
		catch (RuntimeException ex) {
			log.warn("{} could not count; the gauges keep their last values: {}", this.name, ex.toString());
		}
	}

	public void start() {
		this.task.start(this::safeCount, Duration.ZERO, this.interval);
	}

	public void stop() {
		this.task.stop();
	}

	public boolean isRunning() {
		return this.task.isRunning();
	}

}
