package vn.mttq.giamsat.recommendation.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The counters of one agency, level and month, with the small state of each item counted
 * in them. An event changes one bucket in one document write, guarded by the bucket's
 * version, so counters and item states never disagree and no transaction is needed.
 * <p>
 * An item whose bucket changes (its addressee replaced by a successor) leaves a
 * {@link Moved} mark behind, which remembers the sequence of the move so an older event
 * addressed to the old bucket is recognised as stale.
 */
@Document("agencyStatistics")
@CompoundIndex(name = "period", def = "{'month': 1, 'agencyId': 1, 'level': 1}")
@CompoundIndex(name = "item", def = "{'items.recommendationId': 1}")
class StatisticsBucket {

	@Id
	private final String id;

	private final String agencyId;

	private final IssuingLevel level;

	/** {@code yyyy-MM}, so that a range of months is a range of strings. */
	private final String month;

	private final Tally tally;

	private final List<ItemState> items;

	private final List<Moved> moved;

	@Version
	private Long version;

	@PersistenceCreator
	StatisticsBucket(String id, String agencyId, IssuingLevel level, String month, Tally tally, List<ItemState> items,
			List<Moved> moved, Long version) {
		this.id = id;
		this.agencyId = agencyId;
		this.level = level;
		this.month = month;
		this.tally = (tally != null) ? tally : new Tally();
		this.items = (items != null) ? new ArrayList<>(items) : new ArrayList<>();
		this.moved = (moved != null) ? new ArrayList<>(moved) : new ArrayList<>();
		this.version = version;
	}

	static StatisticsBucket empty(BucketKey key) {
		return new StatisticsBucket(key.id(), key.agencyId(), key.level(), key.month().toString(), new Tally(), null,
				null, null);
	}

	/**
	 * The sequence of the latest event applied to an item here, counted or moved away.
	 * @param recommendationId the item
	 * @return the sequence, {@code 0} when this bucket never saw the item
	 */
	long knownSequence(String recommendationId) {
		return item(recommendationId).map(ItemState::sequence)
			.or(() -> movedMark(recommendationId).map(Moved::sequence))
			.orElse(0L);
	}

	boolean counts(String recommendationId) {
		return item(recommendationId).isPresent();
	}

	/**
	 * Counts an item's new state in place of its old one, if any.
	 * @param state the new state
	 */
	void put(ItemState state) {
		item(state.recommendationId()).ifPresent((old) -> {
			this.tally.remove(old);
			this.items.remove(old);
		});
		movedMark(state.recommendationId()).ifPresent(this.moved::remove);
		this.tally.add(state);
		this.items.add(state);
	}

	/**
	 * Stops counting an item that now belongs to another bucket.
	 * @param recommendationId the item
	 * @param sequence the sequence of the event that moved it
	 * @param to the id of the bucket it moved to
	 */
	void moveAway(String recommendationId, long sequence, String to) {
		item(recommendationId).ifPresent((old) -> {
			this.tally.remove(old);
			this.items.remove(old);
		});
		movedMark(recommendationId).ifPresent(this.moved::remove);
		this.moved.add(new Moved(recommendationId, sequence, to));
	}

	private Optional<ItemState> item(String recommendationId) {
		return this.items.stream().filter((item) -> item.recommendationId().equals(recommendationId)).findFirst();
	}

	private Optional<Moved> movedMark(String recommendationId) {
		return this.moved.stream().filter((mark) -> mark.recommendationId().equals(recommendationId)).findFirst();
	}

	String id() {
		return this.id;
	}

	String agencyId() {
		return this.agencyId;
	}

	IssuingLevel level() {
		return this.level;
	}

	String month() {
		return this.month;
	}

	Tally tally() {
		return this.tally;
	}

	List<ItemState> items() {
		return List.copyOf(this.items);
	}

	/**
	 * An item that was counted here and now is counted in another bucket.
	 *
	 * @param recommendationId the item
	 * @param sequence the sequence of the event that moved it
	 * @param movedTo the id of the bucket that counts it now
	 */
	record Moved(String recommendationId, long sequence, String movedTo) {
	}

}
