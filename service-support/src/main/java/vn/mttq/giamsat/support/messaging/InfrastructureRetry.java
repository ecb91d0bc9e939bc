package vn.mttq.giamsat.support.messaging;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
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

	private final RetryTemplate retry;

	public InfrastructureRetry(Duration initial, Duration max) {
		this.retry = new RetryTemplate(RetryPolicy.builder()
			.includes(DataAccessResourceFailureException.class, TransientDataAccessException.class)
			.maxRetries(Long.MAX_VALUE)
			.delay(initial)
			.multiplier(2)
			.maxDelay(max)
			.build());
		this.retry.setRetryListener(new RetryListener() {
			@Override
			public void onRetryFailure(RetryPolicy policy, Retryable<?> retryable, Throwable failure) {
				log.warn("Database unavailable, applying the event again: {}", failure.getMessage());
			}
		});
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
		return Retries.run(this.retry, work);
	}

}
