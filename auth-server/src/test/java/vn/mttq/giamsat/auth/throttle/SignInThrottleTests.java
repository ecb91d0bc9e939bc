package vn.mttq.giamsat.auth.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private Instant now = Instant.parse("2026-03-02T01:00:00Z");

	private final SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofMinutes(15), 100, () -> this.now);

	@Test
	void fiveFailuresAreAllowedAndTheSixthAttemptWaitsUntilTheWindowHasPassed() {
		SignInAttempt attempt = new SignInAttempt("canbo.ubnd.xa", "203.0.113.7");
		for (int i = 0; i < 5; i++) {
			assertThat(this.throttle.retryAfter(attempt)).isZero();
			this.throttle.failed(attempt);
			this.now = this.now.plus(Duration.ofMinutes(1));
		}

		assertThat(this.throttle.retryAfter(attempt)).isEqualTo(Duration.ofMinutes(10));
		this.now = this.now.plus(Duration.ofMinutes(10));
		assertThat(this.throttle.retryAfter(attempt)).isZero();
	}

	@Test
	void anOfficeWhoseOfficialsMistypeAFewTimesIsNotLockedOut() {
		failFiveTimes((i) -> new SignInAttempt("user-" + i, "203.0.113.7"));

		assertThat(this.throttle.retryAfter(new SignInAttempt("canbo.mttq.tinh", "203.0.113.7"))).isZero();
	}

	@Test
	void anAddressThatFailedForManyUsersIsRefusedForAnyOther() {
		for (int i = 0; i < 20; i++) {
			this.throttle.failed(new SignInAttempt("user-" + i, "203.0.113.7"));
		}

		assertThat(this.throttle.retryAfter(new SignInAttempt("canbo.mttq.tinh", "203.0.113.7"))).isPositive();
		assertThat(this.throttle.retryAfter(new SignInAttempt("canbo.mttq.tinh", "198.51.100.1"))).isZero();
	}

	@Test
	void aUserGuessedAtFromManyAddressesIsRefusedFromAnyOther() {
		failFiveTimes((i) -> new SignInAttempt("Canbo.UBND.xa ", "198.51.100." + i));

		assertThat(this.throttle.retryAfter(new SignInAttempt("canbo.ubnd.xa", "203.0.113.7"))).isPositive();
	}

	@Test
	void aSuccessfulSignInClearsTheUsersFailuresButNotTheAddresses() {
		SignInAttempt attempt = new SignInAttempt("canbo.ubnd.xa", "203.0.113.7");
		for (int i = 0; i < 4; i++) {
			this.throttle.failed(attempt);
		}
		this.throttle.succeeded(attempt);
		this.throttle.failed(new SignInAttempt("canbo.ubnd.xa", "198.51.100.1"));
		assertThat(this.throttle.retryAfter(new SignInAttempt("canbo.ubnd.xa", "198.51.100.2"))).isZero();

		// The address keeps its 4 failures: 16 more reach its limit of 20.
		for (int i = 0; i < 16; i++) {
			this.throttle.failed(new SignInAttempt("someone.else-" + i, "203.0.113.7"));
		}
		assertThat(this.throttle.retryAfter(new SignInAttempt("anyone", "203.0.113.7"))).isPositive();
	}

	@Test
	void memoryStaysBoundedByForgettingTheLeastRecentlySeen() {
		failFiveTimes((i) -> new SignInAttempt("canbo.ubnd.xa", "203.0.113.7"));
		for (int i = 0; i < 100; i++) {
			this.throttle.failed(new SignInAttempt("flood-" + i, "198.51.100." + (i % 200)));
		}

		// A hundred newer names pushed the guessed one out of a table of a hundred.
		assertThat(this.throttle.retryAfter(new SignInAttempt("canbo.ubnd.xa", "192.0.2.1"))).isZero();
	}

	private void failFiveTimes(IntFunction<SignInAttempt> attempt) {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed(attempt.apply(i));
		}
	}

}
