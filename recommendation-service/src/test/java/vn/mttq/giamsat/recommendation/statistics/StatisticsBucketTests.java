package vn.mttq.giamsat.recommendation.statistics;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mttq.giamsat.recommendation.statistics.Items.answered;
import static vn.mttq.giamsat.recommendation.statistics.Items.due;
import static vn.mttq.giamsat.recommendation.statistics.Items.issued;

class StatisticsBucketTests {

	StatisticsBucket bucket = StatisticsBucket
		.empty(new BucketKey("ubnd-xa", IssuingLevel.COMMUNE, YearMonth.of(2026, 3)));

	@Test
	void knowsNoSequenceOfAnItemItNeverSaw() {
		assertThat(this.bucket.knownSequence("unknown")).isZero();
	}

	@Test
	void countsAnItemOnceWhateverItsNumberOfStates() {
		ItemState first = due(issued("2026-03-01"), "2026-03-20");
		ItemState second = answered(first, "2026-03-10");

		this.bucket.put(first);
		this.bucket.put(second);

		assertThat(this.bucket.tally().issued()).isEqualTo(1);
		assertThat(this.bucket.tally().answered()).isEqualTo(1);
		assertThat(this.bucket.items()).containsExactly(second);
		assertThat(this.bucket.knownSequence(first.recommendationId())).isEqualTo(second.sequence());
	}

	@Test
	void anItemMovedAwayIsNoLongerCountedButItsSequenceIsRemembered() {
		ItemState item = due(issued("2026-03-01"), "2026-03-20");
		this.bucket.put(item);

		this.bucket.moveAway(item.recommendationId(), 7, "2026-03/COMMUNE/successor");

		assertThat(this.bucket.tally().issued()).isZero();
		assertThat(this.bucket.counts(item.recommendationId())).isFalse();
		assertThat(this.bucket.knownSequence(item.recommendationId())).isEqualTo(7);
	}

	@Test
	void anItemThatComesBackIsCountedAgain() {
		ItemState item = due(issued("2026-03-01"), "2026-03-20");
		this.bucket.put(item);
		this.bucket.moveAway(item.recommendationId(), 7, "elsewhere");

		this.bucket.put(answered(item, "2026-03-10"));

		assertThat(this.bucket.tally().issued()).isEqualTo(1);
		assertThat(this.bucket.counts(item.recommendationId())).isTrue();
	}

}
