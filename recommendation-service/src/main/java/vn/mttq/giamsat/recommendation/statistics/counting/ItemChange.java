package vn.mttq.giamsat.recommendation.statistics.counting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.mttq.giamsat.recommendation.statistics.BucketKey;
import vn.mttq.giamsat.recommendation.statistics.ItemState;
import vn.mttq.giamsat.recommendation.statistics.StatisticsItem;
import vn.mttq.giamsat.recommendation.statistics.Tally;

/**
 * One item's change to count: its state before (if it was counted) and after, each with
 * where it is counted. An item readdressed to a successor agency is taken out of one
 * month and counted in another.
 *
 * @param recommendationId the item
 * @param before where and how it was counted, {@code null} for a new item
 * @param after where and how it is counted now
 */
record ItemChange(String recommendationId, Counted before, Counted after) {

	static ItemChange of(StatisticsItem stored, BucketKey at, ItemState state) {
		Counted before = (stored != null) ? new Counted(stored.counted(), stored.state()) : null;
		return new ItemChange(state.recommendationId(), before, new Counted(at, state));
	}

	/**
	 * The change a pending item was interrupted in.
	 * @param item an item with a pending change
	 * @return the change
	 */
	static ItemChange resumed(StatisticsItem item) {
		StatisticsItem.Pending pending = item.pending();
		Counted before = (pending.state() != null) ? new Counted(pending.counted(), pending.state()) : null;
		return new ItemChange(item.id(), before, new Counted(item.counted(), item.state()));
	}

	long sequence() {
		return this.after.state().sequence();
	}

	boolean moves() {
		return this.before != null && !this.before.at().equals(this.after.at());
	}

	/**
	 * What the change does to the counters of each month it touches.
	 * @return the differences by month, in the order taken back, then added
	 */
	Map<BucketKey, Tally> differences() {
		Map<BucketKey, Tally> differences = new LinkedHashMap<>();
		if (this.before != null) {
			differences.computeIfAbsent(this.before.at(), (at) -> new Tally()).remove(this.before.state());
		}
		differences.computeIfAbsent(this.after.at(), (at) -> new Tally()).add(this.after.state());
		return differences;
	}

	StatisticsItem stored() {
		StatisticsItem.Pending pending = (this.before != null)
				? new StatisticsItem.Pending(sequence(), this.before.at(), this.before.state())
				: new StatisticsItem.Pending(sequence(), null, null);
		return new StatisticsItem(this.recommendationId, this.after.at(), this.after.state(), pending);
	}

	/**
	 * The changes of a batch by the year document they touch.
	 * @param changes the changes
	 * @return for each year document, its writes
	 */
	static Map<String, YearWrite> byYear(List<ItemChange> changes) {
		Map<String, YearWrite> years = new LinkedHashMap<>();
		for (ItemChange change : changes) {
			change.differences().forEach((at, difference) -> {
				if (!difference.increments().isEmpty()) {
					years.computeIfAbsent(at.yearId(), (id) -> new YearWrite(at)).add(change, at.month(), difference);
				}
			});
		}
		return years;
	}

	/**
	 * An item's state and where it is counted.
	 *
	 * @param at where
	 * @param state the state
	 */
	record Counted(BucketKey at, ItemState state) {
	}

}
