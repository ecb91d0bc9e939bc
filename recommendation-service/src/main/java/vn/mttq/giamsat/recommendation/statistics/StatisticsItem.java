package vn.mttq.giamsat.recommendation.statistics;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the statistics know of one recommendation: where it is counted and its state as of
 * the latest event applied, so that a new event can take back the old contribution before
 * adding the new one. One small document per item (some 250 bytes), read for a whole
 * batch with one {@code $in} on the id.
 * <p>
 * Counting a change writes two documents, this one and the year document's counters, and
 * there are no transactions: the item is written first with {@code pending} (what was
 * counted before), the counters next, marked with the item's sequence, and the marks are
 * cleared last. An item found still pending was interrupted; its change is completed
 * (counted unless the year document's mark says it was) before anything else.
 *
 * @param id the recommendation id
 * @param counted where it is counted
 * @param state its state
 * @param pending the change being counted, {@code null} once counted
 */
@Document(StatisticsItem.COLLECTION)
public record StatisticsItem(@Id String id, BucketKey counted, ItemState state, Pending pending) {

	static final String COLLECTION = "statisticsItems";

	public long sequence() {
		return this.state.sequence();
	}

	/**
	 * A change of an item written to the item and perhaps not yet to the counters.
	 *
	 * @param sequence the sequence of the item's new state
	 * @param counted where it was counted before, {@code null} for a new item
	 * @param state its state before, {@code null} for a new item
	 */
	public record Pending(long sequence, BucketKey counted, ItemState state) {

	}

}
