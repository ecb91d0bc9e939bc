package vn.mttq.giamsat.supervision.livestatus;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping from a lifecycle snapshot to the bucket the Front counts an item in.
 */
class BucketTests {

	@Test
	void countsAnOpenItemWithoutAnswerAsAwaiting() {
		assertThat(Bucket.of("AWAITING_RESPONSE", snapshot(null, false, null))).isEqualTo(Bucket.AWAITING);
		assertThat(Bucket.of("ACKNOWLEDGED", snapshot(null, false, null))).isEqualTo(Bucket.AWAITING);
	}

	@Test
	void countsAnAnsweredOpenItemAsAnswered() {
		assertThat(Bucket.of("ACCEPTED", snapshot("ACCEPTED", false, null))).isEqualTo(Bucket.ANSWERED);
		assertThat(Bucket.of("IN_PROGRESS", snapshot("ACCEPTED", false, null))).isEqualTo(Bucket.ANSWERED);
		assertThat(Bucket.of("EXPLAINED", snapshot(null, false, null))).isEqualTo(Bucket.ANSWERED);
		assertThat(Bucket.of("REVIEW_REQUESTED", snapshot("REVIEW_REQUESTED", false, null))).isEqualTo(Bucket.ANSWERED);
	}

	@Test
	void countsAnOverdueOrEscalatedItemAsOverdue() {
		assertThat(Bucket.of("OVERDUE", snapshot(null, true, null))).isEqualTo(Bucket.OVERDUE);
		assertThat(Bucket.of("ESCALATED", snapshot(null, false, null))).isEqualTo(Bucket.OVERDUE);
		assertThat(Bucket.of("REMINDED", snapshot(null, true, null))).isEqualTo(Bucket.OVERDUE);
	}

	@Test
	void countsAClosedItemByItsClosure() {
		assertThat(Bucket.of("CLOSED", snapshot("ACCEPTED", false, "RESOLVED"))).isEqualTo(Bucket.RESOLVED);
		assertThat(Bucket.of("CLOSED", snapshot("EXPLAINED", false, "AGREED"))).isEqualTo(Bucket.CLOSED_UNRESOLVED);
		assertThat(Bucket.of("CLOSED", snapshot(null, true, "UNRESOLVED"))).isEqualTo(Bucket.CLOSED_UNRESOLVED);
		assertThat(Bucket.of("CLOSED", snapshot(null, false, "WITHDRAWN"))).isEqualTo(Bucket.WITHDRAWN);
		assertThat(Bucket.RESOLVED.closed()).isTrue();
		assertThat(Bucket.OVERDUE.closed()).isFalse();
	}

	@Test
	void countsAnItemWithdrawnHereAsWithdrawnWhateverTheLifecycleSaysYet() {
		assertThat(LiveStatuses.bucketOf(new ItemRef("r", true), null)).isEqualTo(Bucket.WITHDRAWN);
		assertThat(LiveStatuses.bucketOf(new ItemRef("r", false), null)).isEqualTo(Bucket.AWAITING);
	}

	private static RecommendationLifecycleEvent.Snapshot snapshot(String answer, boolean overdue, String closure) {
		return new RecommendationLifecycleEvent.Snapshot("letter", "KN-1", "activity", "ubmttq-tinh-dien-bien",
				"so-tai-chinh-dien-bien", List.of(), "PROVINCE", "DELEGATION", "OTHER", "Nội dung",
				LocalDate.of(2026, 4, 2), null, null, null, null, answer, overdue, 0, List.of(), closure, null);
	}

}
