package vn.mttq.giamsat.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import vn.mttq.giamsat.support.security.VerifiedTokens.TokenCacheSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A token the issuer's decoder verified is kept until it expires: the same token is not
 * verified again, a refused or another token is.
 */
class VerifiedTokensTests {

	static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

	final List<String> verified = new ArrayList<>();

	final AtomicLong nanos = new AtomicLong();

	Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void aTokenIsVerifiedOnceAndThenKept() {
		JwtDecoder decoder = kept(issuer(Duration.ofMinutes(10)));

		Jwt first = decoder.decode("token-a");
		Jwt second = decoder.decode("token-a");

		assertThat(second).isSameAs(first);
		assertThat(this.verified).containsExactly("token-a");
	}

	@Test
	void everyOtherTokenIsVerifiedItself() {
		JwtDecoder decoder = kept(issuer(Duration.ofMinutes(10)));

		decoder.decode("token-a");
		decoder.decode("token-b");

		assertThat(this.verified).containsExactly("token-a", "token-b");
	}

	@Test
	void aRefusedTokenIsNotKeptAndIsRefusedEachTime() {
		JwtDecoder decoder = kept((token) -> {
			this.verified.add(token);
			throw new BadJwtException("bad signature");
		});

		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("forged"));
		}
		assertThat(this.verified).containsExactly("forged", "forged");
	}

	@Test
	void aKeptTokenIsVerifiedAgainOnceItHasExpired() {
		JwtDecoder decoder = kept(issuer(Duration.ofMinutes(2)));
		decoder.decode("token-a");

		this.clock = Clock.fixed(NOW.plus(Duration.ofMinutes(3)), ZoneOffset.UTC);
		this.nanos.addAndGet(Duration.ofMinutes(3).toNanos());
		decoder.decode("token-a");

		assertThat(this.verified).containsExactly("token-a", "token-a");
	}

	@Test
	void aTokenIsKeptNoLongerThanTheTimeToLiveWhateverItsExpiry() {
		JwtDecoder decoder = kept(issuer(Duration.ofHours(8)));
		decoder.decode("token-a");

		this.nanos.addAndGet(Duration.ofMinutes(6).toNanos());
		decoder.decode("token-a");

		assertThat(this.verified).containsExactly("token-a", "token-a");
	}

	@Test
	void aTokenWithoutExpiryIsNeverKept() {
		JwtDecoder decoder = kept((token) -> {
			this.verified.add(token);
			return Jwt.withTokenValue(token).header("alg", "RS256").subject("someone").build();
		});

		decoder.decode("token-a");
		decoder.decode("token-a");

		assertThat(this.verified).containsExactly("token-a", "token-a");
	}

	@Test
	void noTokenIsKeptWhenTheCacheIsSizedZero() {
		JwtDecoder issuer = issuer(Duration.ofMinutes(10));

		assertThat(VerifiedTokens.around(issuer, new TokenCacheSettings(0, Duration.ofMinutes(5)))).isSameAs(issuer);
	}

	private JwtDecoder kept(JwtDecoder issuer) {
		return VerifiedTokens.around(issuer, new TokenCacheSettings(100, Duration.ofMinutes(5)), new Clock() {
			@Override
			public Instant instant() {
				return VerifiedTokensTests.this.clock.instant();
			}

			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}
		}, this.nanos::get);
	}

	private JwtDecoder issuer(Duration lifetime) {
		return (token) -> {
			this.verified.add(token);
			Instant issued = this.clock.instant();
			return Jwt.withTokenValue(token)
				.header("alg", "RS256")
				.subject("someone")
				.issuedAt(issued)
				.expiresAt(issued.plus(lifetime))
				.build();
		};
	}

}
