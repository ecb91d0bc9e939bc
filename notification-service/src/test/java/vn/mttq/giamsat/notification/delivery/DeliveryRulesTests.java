package vn.mttq.giamsat.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signatures and backoff, without a server.
 */
class DeliveryRulesTests {

	final DeliveryProperties.ChannelPolicy webhook = new DeliveryProperties.ChannelPolicy(8, Duration.ofSeconds(10),
			Duration.ofMinutes(30), 8, 2, Duration.ofSeconds(5), Duration.ofSeconds(10));

	@Test
	void signsTheTimestampAndTheBodyTogether() {
		byte[] body = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
		String signature = WebhookSignature.sign("secret-of-so-nn-1234", 1775099700, body);

		// The value any receiver computes: HMAC-SHA256(secret, "1775099700." + body),
		// hex.
		assertThat(signature).isEqualTo("v1=" + hmacHex("secret-of-so-nn-1234", "1775099700.{\"id\":\"1\"}"));
		assertThat(WebhookSignature.matches("secret-of-so-nn-1234", 1775099700, body, signature)).isTrue();
		assertThat(WebhookSignature.matches("secret-of-so-nn-1234", 1775099701, body, signature)).isFalse();
		assertThat(WebhookSignature.matches("another-secret-12345", 1775099700, body, signature)).isFalse();
		assertThat(WebhookSignature.matches("secret-of-so-nn-1234", 1775099700,
				"{\"id\":\"2\"}".getBytes(StandardCharsets.UTF_8), signature))
			.isFalse();
	}

	@Test
	void backsOffExponentiallyUpToTheMaximum() {
		assertThat(this.webhook.backoff(1, 0, 0.5)).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.webhook.backoff(2, 0, 0.5)).isEqualTo(Duration.ofSeconds(20));
		assertThat(this.webhook.backoff(4, 0, 0.5)).isEqualTo(Duration.ofSeconds(80));
		assertThat(this.webhook.backoff(20, 0, 0.5)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void spreadsRetriesWithJitter() {
		assertThat(this.webhook.backoff(2, 0.2, 0.0)).isEqualTo(Duration.ofSeconds(16));
		assertThat(this.webhook.backoff(2, 0.2, 0.999999)).isBetween(Duration.ofMillis(23_999), Duration.ofSeconds(24));
	}

	private static String hmacHex(String secret, String text) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
