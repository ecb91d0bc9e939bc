package vn.mttq.giamsat.notification.channel;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of channel settings: quiet hours (webhooks have their own tests).
 */
class ChannelRulesTests {

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	@Test
	void holdsMailDuringQuietHoursThatSpanMidnight() {
		QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0));

		// 22:30 and 05:00 in Hà Nội are quiet; both end at 07:00 the next morning.
		assertThat(night.endIfQuiet(Instant.parse("2026-04-02T15:30:00Z"), HANOI))
			.contains(Instant.parse("2026-04-03T00:00:00Z"));
		assertThat(night.endIfQuiet(Instant.parse("2026-04-02T22:00:00Z"), HANOI))
			.contains(Instant.parse("2026-04-03T00:00:00Z"));
		assertThat(night.endIfQuiet(Instant.parse("2026-04-03T03:00:00Z"), HANOI)).isEmpty();
	}

	@Test
	void holdsMailDuringQuietHoursWithinADay() {
		QuietHours lunch = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30));

		assertThat(lunch.endIfQuiet(Instant.parse("2026-04-02T05:00:00Z"), HANOI))
			.contains(Instant.parse("2026-04-02T06:30:00Z"));
		assertThat(lunch.endIfQuiet(Instant.parse("2026-04-02T06:30:00Z"), HANOI)).isEmpty();
	}

}
