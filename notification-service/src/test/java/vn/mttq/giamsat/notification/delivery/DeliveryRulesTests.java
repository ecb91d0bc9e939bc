package vn.mttq.giamsat.notification.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backoff, without a server (signatures and webhook addresses have their own tests).
 */
class DeliveryRulesTests {

	final DeliveryProperties.ChannelPolicy webhook = new DeliveryProperties.ChannelPolicy(8, Duration.ofSeconds(10),
			Duration.ofMinutes(30), 8, 2, Duration.ofSeconds(5), Duration.ofSeconds(10));

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

}
