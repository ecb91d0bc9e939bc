package vn.mttq.giamsat.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboxGaugesTests {

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final AtomicInteger counts = new AtomicInteger();

	@Test
	void aScrapeReadsTheLastCountAndTheOldestEventAgesWithTheClock() {
		OutboxGauges gauges = new OutboxGauges(backlog(new OutboxBacklog.Measure(3, Duration.ofSeconds(40))),
				Clock.systemUTC(), Duration.ofHours(1), this.meters);
		assertThat(value("outbox.pending")).isNaN();

		gauges.start();
		try {
			await().atMost(Duration.ofSeconds(5)).until(() -> this.counts.get() == 1);
			double age = value("outbox.oldest.age");

			assertThat(value("outbox.pending")).isEqualTo(3);
			assertThat(age).isGreaterThanOrEqualTo(40);
			await().atMost(Duration.ofSeconds(5)).until(() -> value("outbox.oldest.age") >= age + 1);
			assertThat(this.counts).hasValue(1);
		}
		finally {
			gauges.stop();
		}
	}

	private OutboxBacklog backlog(OutboxBacklog.Measure measure) {
		return new OutboxBacklog(null, List.of(), null) {
			@Override
			public Measure measure() {
				OutboxGaugesTests.this.counts.incrementAndGet();
				return measure;
			}
		};
	}

	private double value(String name) {
		return this.meters.get(name).gauge().value();
	}

}
