package vn.mttq.giamsat.auth.throttle;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts failed sign-ins per username and per client address, and tells how long an
 * attempt must wait once a username has failed {@code maxFailures} times, or an address
 * {@code maxFailuresPerAddress} times, within a window that begins with its first
 * failure. An address has a higher limit of its own: the officials of one office sign in
 * from one address behind its router, and one of them mistyping a password must not lock
 * the others out. Each count is kept for at most {@code maxTracked} keys, the least
 * recently seen forgotten first, so a flood of names or addresses cannot grow it.
 */
public final class SignInThrottle {

	private static final int MAX_KEY_LENGTH = 200;

	private final Duration window;

	private final InstantSource clock;

	private final Failures users;

	private final Failures addresses;

	public SignInThrottle(int maxFailures, int maxFailuresPerAddress, Duration window, int maxTracked,
			InstantSource clock) {
		this.window = window;
		this.clock = clock;
		this.users = new Failures(maxFailures, maxTracked);
		this.addresses = new Failures(maxFailuresPerAddress, maxTracked);
	}

	/**
	 * How long the attempt must wait.
	 * @param attempt who signs in, from where
	 * @return until the window of the username or the address has passed, or zero if the
	 * attempt may go ahead
	 */
	public Duration retryAfter(SignInAttempt attempt) {
		Instant now = this.clock.instant();
		Duration user = this.users.retryAfter(key(attempt.username()), now);
		Duration address = this.addresses.retryAfter(attempt.address(), now);
		return (user.compareTo(address) >= 0) ? user : address;
	}

	/**
	 * Counts a failed attempt (wrong password, unknown user) against both its username
	 * and its address.
	 * @param attempt the attempt
	 */
	public void failed(SignInAttempt attempt) {
		Instant now = this.clock.instant();
		this.users.add(key(attempt.username()), now);
		this.addresses.add(attempt.address(), now);
	}

	/**
	 * Forgets the failures of the username that just signed in; those of the address
	 * stay, so one good account does not reopen guessing at the others.
	 * @param attempt the attempt
	 */
	public void succeeded(SignInAttempt attempt) {
		this.users.forget(key(attempt.username()));
	}

	private static String key(String username) {
		String key = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (key.length() > MAX_KEY_LENGTH) ? key.substring(0, MAX_KEY_LENGTH) : key;
	}

	/**
	 * The failures of one kind of key, in access order with a size cap.
	 */
	private final class Failures {

		private final Map<String, Window> windows;

		private final int limit;

		Failures(int limit, int maxTracked) {
			this.limit = limit;
			this.windows = new LinkedHashMap<>(16, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
					return size() > maxTracked;
				}

			};
		}

		synchronized Duration retryAfter(String key, Instant now) {
			Window failures = this.windows.get(key);
			if (failures == null || failures.count() < this.limit) {
				return Duration.ZERO;
			}
			Duration left = Duration.between(now, failures.end());
			if (left.isNegative() || left.isZero()) {
				this.windows.remove(key);
				return Duration.ZERO;
			}
			return left;
		}

		synchronized void add(String key, Instant now) {
			this.windows.compute(key,
					(name, failures) -> (failures == null || !now.isBefore(failures.end()))
							? new Window(now.plus(SignInThrottle.this.window), 1)
							: new Window(failures.end(), failures.count() + 1));
		}

		synchronized void forget(String key) {
			this.windows.remove(key);
		}

	}

	/**
	 * Failures counted since the first one of a window.
	 *
	 * @param end when the window closes
	 * @param count failures within it
	 */
	private record Window(Instant end, int count) {

	}

}
