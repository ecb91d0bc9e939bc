package vn.mttq.giamsat.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import vn.mttq.giamsat.notification.message.Language;
import vn.mttq.giamsat.notification.recipients.RecipientRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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

	@Test
	void neverCallsAHostThatResolvesToThisMachineUnlessAllowed() {
		DeliveryProperties properties = new DeliveryProperties(true, Duration.ofSeconds(1), Duration.ofMinutes(1),
				ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(7, 30), 0.2, this.webhook, this.webhook);
		WebhookSender sender = new WebhookSender(JsonMapper.builder().build(), properties, Clock.systemUTC(), false);
		Notification notification = new Notification("n-1", "so-x", RecipientRole.ADDRESSEE, Channel.WEBHOOK,
				List.of("http://localhost:1/hook"), Language.VI, "e-1", "type", "ISSUED", Instant.now(), "r-1", "t",
				"b", "l", null, Instant.now(), DeliveryStatus.PENDING, false, null, null, null, null, null, null, 0,
				null, null, null);

		assertThatExceptionOfType(DeliveryFailure.class)
			.isThrownBy(() -> sender.send(notification, "http://localhost:1/hook", "secret-of-so-x-12345", 1))
			.withMessageContaining("resolves to this machine or a private network")
			.matches((failure) -> !failure.retryable());
	}

	private static String hmacHex(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
