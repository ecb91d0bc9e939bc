package vn.mttq.giamsat.support.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Keeps the tokens the issuer's decoder verified until they expire, so that a caller's
 * every request does not check the same signature and claims again: the bench's profile
 * found those checks a tenth of the services' work.
 * <p>
 * A token is kept under its SHA-256 digest, never by its text, and only once the decoder
 * accepted it: a refused token is checked again each time it comes. An entry goes at the
 * token's expiry or after the time to live, whichever comes first, so no token is
 * accepted after its {@code exp}; a token without one is not kept. What a kept token
 * cannot see is a change of the issuer's keys before it expires, as with the decoder's
 * own cached key set.
 */
final class VerifiedTokens implements JwtDecoder {

	private final JwtDecoder decoder;

	private final Cache<String, Jwt> verified;

	private final Clock clock;

	private VerifiedTokens(JwtDecoder decoder, Cache<String, Jwt> verified, Clock clock) {
		this.decoder = decoder;
		this.verified = verified;
		this.clock = clock;
	}

	/**
	 * The decoder with its verified tokens kept.
	 * @param decoder the issuer's decoder, which verifies
	 * @param settings how many tokens are kept, and for how long at most
	 * @return the decoder itself when no token is to be kept
	 */
	static JwtDecoder around(JwtDecoder decoder, TokenCacheSettings settings) {
		return around(decoder, settings, Clock.systemUTC(), Ticker.systemTicker());
	}

	static JwtDecoder around(JwtDecoder decoder, TokenCacheSettings settings, Clock clock, Ticker ticker) {
		if (decoder instanceof VerifiedTokens || settings.maximumSize() <= 0) {
			return decoder;
		}
		Cache<String, Jwt> verified = Caffeine.newBuilder()
			.maximumSize(settings.maximumSize())
			.expireAfter(untilExpiry(settings.timeToLive(), clock))
			.ticker(ticker)
			.recordStats()
			.build();
		return new VerifiedTokens(decoder, verified, clock);
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		String key = digest(token);
		Jwt kept = this.verified.getIfPresent(key);
		if (kept != null && MessageDigest.isEqual(bytes(kept.getTokenValue()), bytes(token))
				&& this.clock.instant().isBefore(kept.getExpiresAt())) {
			return kept;
		}
		Jwt jwt = this.decoder.decode(token);
		if (jwt.getExpiresAt() != null && this.clock.instant().isBefore(jwt.getExpiresAt())) {
			this.verified.put(key, jwt);
		}
		return jwt;
	}

	/** The tokens kept, for the meters. */
	Cache<String, Jwt> verified() {
		return this.verified;
	}

	private static Expiry<String, Jwt> untilExpiry(Duration timeToLive, Clock clock) {
		return Expiry.creating((key, jwt) -> {
			Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
			return (left.compareTo(timeToLive) < 0) ? left : timeToLive;
		});
	}

	private static String digest(String token) {
		try {
			return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes(token)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * How many verified tokens a service keeps and for how long at most
	 * ({@code giamsat.security.token-cache}).
	 *
	 * @param maximumSize the most tokens kept; 0 keeps none
	 * @param timeToLive how long a token is kept at most, however far its expiry
	 */
	record TokenCacheSettings(@DefaultValue("2000") long maximumSize, @DefaultValue("5m") Duration timeToLive) {

		static final String PREFIX = "giamsat.security.token-cache";

	}

}
