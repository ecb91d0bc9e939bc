package vn.mttq.giamsat.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class GaugeRefresherTests {

	@Test
	void countsAtStartAndOnceForABurstOfRequests() {
		AtomicInteger counts = new AtomicInteger();
		GaugeRefresher refresher = new GaugeRefresher("test-gauges", counts::incrementAndGet, Duration.ofHours(1),
				Duration.ofMillis(300));
		refresher.start();
		try {
			await().atMost(Duration.ofSeconds(5)).until(() -> counts.get() == 1);
			for (int i = 0; i < 10; i++) {
				refresher.requestSoon();
			}
			await().atMost(Duration.ofSeconds(5)).until(() -> counts.get() == 2);
			refresher.requestSoon();
			await().atMost(Duration.ofSeconds(5)).until(() -> counts.get() == 3);
			assertThat(counts.get()).isEqualTo(3);
		}
		finally {
			refresher.stop();
		}
	}

	@Test
	void aFailedCountLeavesTheNextOneToRun() {
		AtomicInteger attempts = new AtomicInteger();
		GaugeRefresher refresher = new GaugeRefresher("test-gauges", () -> {
			if (attempts.incrementAndGet() == 1) {
				throw new IllegalStateException("database away");
			}
		}, Duration.ofHours(1), Duration.ZERO);
		refresher.start();
		try {
			await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() == 1);
			refresher.requestSoon();
			await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() == 2);
		}
		finally {
			refresher.stop();
		}
	}

}
