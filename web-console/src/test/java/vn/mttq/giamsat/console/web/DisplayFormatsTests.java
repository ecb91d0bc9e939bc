package vn.mttq.giamsat.console.web;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayFormatsTests {

	private final DisplayFormats formats = new DisplayFormats();

	@Test
	void datesAreDayMonthYear() {
		assertThat(this.formats.date(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
		assertThat(this.formats.date("2026-12-31")).isEqualTo("31/12/2026");
	}

	@Test
	void instantsAreShownInVietnamTime() {
		assertThat(this.formats.date(Instant.parse("2026-03-01T18:30:00Z"))).isEqualTo("02/03/2026");
		assertThat(this.formats.dateTime("2026-03-01T18:30:00Z")).isEqualTo("02/03/2026 01:30");
	}

	@Test
	void nothingIsAnEmptyText() {
		assertThat(this.formats.date(null)).isEmpty();
		assertThat(this.formats.dateTime("not a date")).isEmpty();
	}

}
