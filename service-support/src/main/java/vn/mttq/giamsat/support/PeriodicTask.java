package vn.mttq.giamsat.support;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one task on its own daemon thread at a fixed delay between runs, and on demand;
 * stopping lets the run in hand finish (up to 10 seconds). The outbox relay and the
 * lifecycle scheduler use it from their {@code SmartLifecycle}.
 */
public final class PeriodicTask {

	private final String threadName;

	private volatile ScheduledExecutorService executor;

	public PeriodicTask(String threadName) {
		this.threadName = threadName;
	}

	/**
	 * Starts running the task.
	 * @param task what to run; it should not throw
	 * @param initialDelay before the first run
	 * @param delay between the end of a run and the start of the next
	 */
	public synchronized void start(Runnable task, Duration initialDelay, Duration delay) {
		this.executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, this.threadName);
			thread.setDaemon(true);
			return thread;
		});
		this.executor.scheduleWithFixedDelay(task, initialDelay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Runs a task on the same thread as soon as it is free.
	 * @param task what to run
	 * @return {@code false} if not running or shutting down, so the task will not run
	 */
	public boolean runSoon(Runnable task) {
		ScheduledExecutorService current = this.executor;
		if (current == null) {
			return false;
		}
		try {
			current.execute(task);
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	/**
	 * Runs a task on the same thread once a delay has passed.
	 * @param task what to run
	 * @param delay how long to wait first
	 * @return {@code false} if not running or shutting down, so the task will not run
	 */
	public boolean runLater(Runnable task, Duration delay) {
		ScheduledExecutorService current = this.executor;
		if (current == null) {
			return false;
		}
		try {
			current.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	/** Stops, letting the run in hand finish for up to 10 seconds. */
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdown();
			try {
				if (!this.executor.awaitTermination(10, TimeUnit.SECONDS)) {
					this.executor.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.executor = null;
		}
	}

	public boolean isRunning() {
		return this.executor != null;
	}

}
