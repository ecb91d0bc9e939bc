package vn.mttq.giamsat.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.support.CountedGauge;

/**
 * The delivery facts, by channel: sent, failed, retried, dead-lettered, and the time from
 * the event to its delivery; the count of deliveries given up follows each give-up and
 * replay. Every meter is registered at start for every channel, so Prometheus has a 0
 * before the first fact: a panel shows 0 rather than "No data", and {@code increase()}
 * sees the first failure or give-up.
 */
@Component
class DeliveryMetrics {

	private static final String PREPARED = "notification.prepared";

	private static final String SENT = "notification.delivery.sent";

	private static final String FAILED = "notification.delivery.failed";

	private static final String RETRIED = "notification.delivery.retried";

	private static final String DEAD_LETTERED = "notification.delivery.deadlettered";

	private static final String REDELIVERED = "notification.redelivered";

	private final MeterRegistry meters;

	private final CountedGauge deadDeliveries;

	DeliveryMetrics(MeterRegistry meters, @Qualifier("deadDeliveriesGauge") CountedGauge deadDeliveries) {
		this.meters = meters;
		this.deadDeliveries = deadDeliveries;
		meters.counter(REDELIVERED);
		for (Channel channel : Channel.values()) {
			for (String counter : new String[] { PREPARED, SENT, FAILED, RETRIED, DEAD_LETTERED }) {
				counter(counter, channel);
			}
			latency(channel);
		}
	}

	void created(Channel channel) {
		counter(PREPARED, channel).increment();
	}

	void redelivered() {
		this.meters.counter(REDELIVERED).increment();
	}

	void sent(Channel channel, Instant eventTime, Instant deliveredAt) {
		counter(SENT, channel).increment();
		Duration latency = Duration.between(eventTime, deliveredAt);
		latency(channel).record(latency.isNegative() ? Duration.ZERO : latency);
	}

	void failed(Channel channel) {
		counter(FAILED, channel).increment();
	}

	void retried(Channel channel) {
		counter(RETRIED, channel).increment();
	}

	void deadLettered(Channel channel) {
		counter(DEAD_LETTERED, channel).increment();
		this.deadDeliveries.refreshSoon();
	}

	void replayed() {
		this.deadDeliveries.refreshSoon();
	}

	private Counter counter(String name, Channel channel) {
		return this.meters.counter(name, "channel", channel.name());
	}

	private Timer latency(Channel channel) {
		return Timer.builder("notification.delivery.latency")
			.description("From the event to its delivery on a channel")
			.tag("channel", channel.name())
			.publishPercentileHistogram()
			.register(this.meters);
	}

}
