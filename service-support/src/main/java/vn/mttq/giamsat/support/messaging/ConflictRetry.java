package vn.mttq.giamsat.support.messaging;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Applies a change again when another writer changed the same document first (a stale
 * version, or an insert that lost the race), after a short pause with jitter so that the
 * writers spread out; other failures are not retried.
 */
public final class ConflictRetry {

	private final RetryTemplate retry;

	/**
	 * @param attempts how many times the work runs at most
	 */
	public ConflictRetry(int attempts) {
		this.retry = new RetryTemplate(RetryPolicy.builder()
			.includes(OptimisticLockingFailureException.class, DuplicateKeyException.class)
			.maxRetries(attempts - 1)
			.delay(Duration.ofMillis(2))
			.jitter(Duration.ofMillis(1))
			.multiplier(1.5)
			.maxDelay(Duration.ofMillis(20))
			.build());
	}

	/**
	 * Runs the work until it completes without a write conflict, or the attempts are
	 * spent.
	 * @param <T> the result type
	 * @param work the change, reading what it changes afresh each time
	 * @return its result
	 * @throws OptimisticLockingFailureException the last conflict, once the attempts are
	 * spent
	 */
	public <T> T run(Supplier<T> work) {
		return Retries.run(this.retry, work);
	}

}
