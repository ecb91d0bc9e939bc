package vn.mttq.giamsat.notification.delivery;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deliveries are made ({@code giamsat.notification.delivery}).
 *
 * @param enabled whether this instance dispatches email and webhooks
 * @param pollInterval how often due deliveries are looked for
 * @param lease how long a dispatcher holds a delivery before another may take it over
 * (longer than any attempt takes)
 * @param timeZone the zone of quiet hours and of the digest time
 * @param digestTime when the daily digest of reminders goes
 * @param jitter the share of a backoff randomly added or removed (0.2 = ±20%)
 * @param email the email channel's policy
 * @param webhook the webhook channel's policy
 */
@ConfigurationProperties("giamsat.notification.delivery")
public record DeliveryProperties(boolean enabled, Duration pollInterval, Duration lease, ZoneId timeZone,
		LocalTime digestTime, double jitter, ChannelPolicy email, ChannelPolicy webhook) {

	/**
	 * The retry policy and the concurrency of one channel.
	 *
	 * @param maxAttempts attempts before the delivery is dead-lettered
	 * @param initialBackoff the wait after the first failure; it doubles after each
	 * @param maxBackoff the longest wait
	 * @param threads deliveries in flight at once on this channel
	 * @param perRecipient deliveries in flight at once to one organisation, so one slow
	 * endpoint cannot take every thread
	 * @param connectTimeout how long to wait for a connection (webhooks; email uses
	 * {@code spring.mail.properties.mail.smtp.connectiontimeout})
	 * @param timeout how long to wait for the answer (webhooks; email uses
	 * {@code spring.mail.properties.mail.smtp.timeout})
	 */
	public record ChannelPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, int threads,
			int perRecipient, Duration connectTimeout, Duration timeout) {

		/**
		 * The wait before the attempt after a failed one.
		 * @param failedAttempt the number of the failed attempt, from 1
		 * @param jitter the random share added or removed
		 * @param random a number in [0, 1)
		 * @return the wait
		 */
		public Duration backoff(int failedAttempt, double jitter, double random) {
			double base = this.initialBackoff.toMillis() * Math.pow(2, Math.max(0, failedAttempt - 1));
			double capped = Math.min(base, this.maxBackoff.toMillis());
			double spread = capped * jitter * (2 * random - 1);
			return Duration.ofMillis(Math.max(1, Math.round(capped + spread)));
		}

	}

	ChannelPolicy policy(Channel channel) {
		return (channel == Channel.WEBHOOK) ? this.webhook : this.email;
	}

}
