package vn.mttq.giamsat.support.messaging;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InfrastructureRetryTests {

	final InfrastructureRetry retry = new InfrastructureRetry(Duration.ofMillis(1), Duration.ofMillis(4));

	@Test
	void appliesTheWorkAgainUntilTheDatabaseAnswers() {
		AtomicInteger calls = new AtomicInteger();
		String result = this.retry.untilAvailable(() -> {
			if (calls.incrementAndGet() < 5) {
				throw (calls.get() % 2 == 0) ? new QueryTimeoutException("slow")
						: new DataAccessResourceFailureException("down");
			}
			return "applied";
		});
		assertThat(result).isEqualTo("applied");
		assertThat(calls).hasValue(5);
	}

	@Test
	void badDataFailsAtOnceWithItsOwnException() {
		AtomicInteger calls = new AtomicInteger();
		assertThatIllegalArgumentException().isThrownBy(() -> this.retry.untilAvailable(() -> {
			calls.incrementAndGet();
			throw new IllegalArgumentException("not an event");
		})).withMessage("not an event");
		assertThat(calls).hasValue(1);
	}

	@Test
	void anInterruptedWaitGivesTheDatabaseFailureBackSoTheRecordComesAgain() {
		Thread.currentThread().interrupt();
		try {
			assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(
					() -> new InfrastructureRetry(Duration.ofSeconds(10), Duration.ofSeconds(10)).untilAvailable(() -> {
						throw new DataAccessResourceFailureException("down");
					}));
		}
		finally {
			Thread.interrupted();
		}
	}

}
