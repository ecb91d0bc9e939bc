package vn.mttq.giamsat.support.messaging;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ConflictRetryTests {

	@Test
	void appliesAChangeAgainAfterAConcurrentWrite() {
		AtomicInteger calls = new AtomicInteger();
		int result = new ConflictRetry(5).run(() -> {
			if (calls.incrementAndGet() == 1) {
				throw new OptimisticLockingFailureException("stale version");
			}
			if (calls.get() == 2) {
				throw new DuplicateKeyException("inserted meanwhile");
			}
			return calls.get();
		});
		assertThat(result).isEqualTo(3);
	}

	@Test
	void givesUpWithTheLastConflictOnceTheAttemptsAreSpent() {
		AtomicInteger calls = new AtomicInteger();
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> new ConflictRetry(3).run(() -> {
				throw new OptimisticLockingFailureException("stale " + calls.incrementAndGet());
			}))
			.withMessage("stale 3");
	}

	@Test
	void doesNotRetryOtherFailures() {
		AtomicInteger calls = new AtomicInteger();
		assertThatIllegalStateException().isThrownBy(() -> new ConflictRetry(3).run(() -> {
			calls.incrementAndGet();
			throw new IllegalStateException("broken");
		}));
		assertThat(calls).hasValue(1);
	}

}
