package vn.mttq.giamsat.recommendation.monitoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SliceTests {

	@Test
	void theFormIsTheSupervisionFormWhenThereIsOne() {
		assertThat(Slice.of("PROVINCE", "DELEGATION", "SUPERVISION")).isEqualTo(new Slice("PROVINCE", "DELEGATION"));
	}

	@Test
	void withoutASupervisionFormTheFormIsTheActivityKind() {
		assertThat(Slice.of("COMMUNE", null, "SOCIAL_CRITICISM")).isEqualTo(new Slice("COMMUNE", "SOCIAL_CRITICISM"));
	}

	@Test
	void anItemTrackedBeforeLevelAndFormWereKeptReadsAsUnknown() {
		assertThat(Slice.of(null, null, null)).isEqualTo(new Slice("UNKNOWN", "UNKNOWN"));
	}

	@Test
	void aValueThisServiceDoesNotKnowIsUnknownSoTheTagsStayBounded() {
		assertThat(Slice.of("WARD", "SOMETHING_NEW", "ANOTHER")).isEqualTo(new Slice("UNKNOWN", "UNKNOWN"));
	}

}
