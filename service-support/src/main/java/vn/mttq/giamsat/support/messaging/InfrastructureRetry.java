package vn.mttq.giamsat.support.messaging;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Applies an event again and again while the database is unreachable, with growing
 * pauses, so a database outage holds the consumer (and its uncommitted offset) instead of
 * sending good records to the dead-letter topic. Bad data is not retried here: it fails
 * at once and is dead-lettered.
 */
public class InfrastructureRetry {

	private static final Logger log = LoggerFactory.getLogger(InfrastructureRetry.class);

	private final Duration initial;

	private final Duration max;

	public InfrastructureRetry(Duration initial, Duration max) {
		this.initial = initial;
		this.max = max;
	}

	/**
	 * Runs the work until it completes without an infrastructure failure.
	 * @param <T> the result type
	 * @param work what to do, idempotent
	 * @return its result
	 * @throws DataAccessResourceFailureException if the thread is interrupted while
	 * waiting, as when the application shuts down; the record is then not acknowledged
	 * and comes again
	 */
	public <T> T untilAvailable(Supplier<T> work) {
		Duration pause = this.initial;
		while (true) {
			try {
				return work.get();
			}
			catch (DataAccessResourceFailureException | TransientDataAccessException ex) {
				log.warn("Database unavailable, applying the event again in {}: {}", pause, ex.getMessage());
				try {
					Thread.sleep(pause.toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
				pause = (pause.multipliedBy(2).compareTo(this.max) > 0) ? this.max : pause.multipliedBy(2);
			}
		}
	}

}
