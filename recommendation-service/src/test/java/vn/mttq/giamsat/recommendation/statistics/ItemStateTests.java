package vn.mttq.giamsat.recommendation.statistics;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemStateTests {

	@Test
	void anAnswerIsDatedInVietnamTime() {
		ItemState state = ItemState.of(LifecycleEvents.tracked("ubnd-xa", "COMMUNE", "2026-03-02", "2026-03-20")
			.answered("ACCEPTED", "2026-03-19T17:30:00Z")
			.latest());

		assertThat(state.answeredOn()).isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(state.answeredOnTime()).isTrue();
	}

	@Test
	void anAnswerAfterMidnightInVietnamIsTheNextDayAndLate() {
		ItemState state = ItemState.of(LifecycleEvents.tracked("ubnd-xa", "COMMUNE", "2026-03-02", "2026-03-20")
			.answered("EXPLAINED", "2026-03-20T17:00:00Z")
			.latest());

		assertThat(state.answeredOn()).isEqualTo(LocalDate.of(2026, 3, 21));
		assertThat(state.answeredOnTime()).isFalse();
	}

	@Test
	void keepsTheSequenceClosureAndEscalation() {
		ItemState state = ItemState.of(LifecycleEvents.tracked("ubnd-xa", "COMMUNE", "2026-03-02", "2026-03-20")
			.escalated("ubnd-tinh")
			.closed("UNRESOLVED", "2026-04-30T18:00:00Z")
			.latest());

		assertThat(state.sequence()).isEqualTo(3);
		assertThat(state.escalated()).isTrue();
		assertThat(state.open()).isFalse();
		assertThat(state.closedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(state.closedUnansweredLate()).isTrue();
	}

	@Test
	void anUnknownOrMissingLevelIsCountedAsUnknown() {
		assertThat(IssuingLevel.of(null)).isEqualTo(IssuingLevel.UNKNOWN);
		assertThat(IssuingLevel.of("SPECIAL_ZONE")).isEqualTo(IssuingLevel.UNKNOWN);
		assertThat(IssuingLevel.of("PROVINCE")).isEqualTo(IssuingLevel.PROVINCE);
	}

	@Test
	void anItemIsCountedInTheMonthOfItsLetterInItsAgencyAndLevelsYear() {
		BucketKey key = BucketKey
			.of(LifecycleEvents.tracked("sở-y-tế", null, "2026-03-31", null).latest().recommendation());

		assertThat(key.yearId()).isEqualTo("2026/UNKNOWN/sở-y-tế");
		assertThat(key.month()).isEqualTo(3);
	}

}
