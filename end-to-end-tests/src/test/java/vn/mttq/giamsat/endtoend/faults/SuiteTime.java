package vn.mttq.giamsat.endtoend.faults;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The fault suite's clock: how long things took, the letter driver's background flows
 * joined, and the one pause that keeps a fault in place.
 */
final class SuiteTime {

	private SuiteTime() {
	}

	static void join(CompletableFuture<Void> flow) {
		try {
			flow.get(180, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw new AssertionError("The letter driver failed: " + ex.getCause(), ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The letter driver did not finish in 180 s", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** Keeps a fault in place for a moment: the only sleep of the suite. */
	static void holdFault(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static long millisSince(long start) {
		return millisBetween(start, System.nanoTime());
	}

	static long millisBetween(long start, long end) {
		return TimeUnit.NANOSECONDS.toMillis(end - start);
	}

}
