package vn.mttq.giamsat.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The delivery facts, by channel: sent, failed, retried, dead-lettered, and the time from
 * the event to its delivery.
 */
@Component
class DeliveryMetrics {

	private final MeterRegistry meters;

	DeliveryMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	void created(Channel channel) {
		this.meters.counter("notification.prepared", "channel", channel.name()).increment();
	}

	void redelivered() {
		this.meters.counter("notification.redelivered").increment();
	}

	void sent(Channel channel, Instant eventTime, Instant deliveredAt) {
		this.meters.counter("notification.delivery.sent", "channel", channel.name()).increment();
		Timer.builder("notification.delivery.latency")
			.description("From the event to its delivery on a channel")
			.tag("channel", channel.name())
			.publishPercentileHistogram()
			.register(this.meters)
			.record(Duration.between(eventTime, deliveredAt).isNegative() ? Duration.ZERO
					: Duration.between(eventTime, deliveredAt));
	}

	void failed(Channel channel) {
		this.meters.counter("notification.delivery.failed", "channel", channel.name()).increment();
	}

	void retried(Channel channel) {
		this.meters.counter("notification.delivery.retried", "channel", channel.name()).increment();
	}

	void deadLettered(Channel channel) {
		this.meters.counter("notification.delivery.deadlettered", "channel", channel.name()).increment();
	}

}
