package vn.mttq.giamsat.support.messaging;

import java.util.function.Supplier;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;

/**
 * Runs work through Spring's {@link RetryTemplate} and gives the caller the work's own
 * failure, not the template's wrapper, once it stops retrying.
 */
final class Retries {

	private Retries() {
	}

	static <T> T run(RetryTemplate retry, Supplier<T> work) {
		try {
			return retry.execute(work::get);
		}
		catch (RetryException ex) {
			Throwable last = (ex.getLastException() != null) ? ex.getLastException() : ex.getCause();
			if (last instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (last instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getMessage(), last);
		}
	}

}
