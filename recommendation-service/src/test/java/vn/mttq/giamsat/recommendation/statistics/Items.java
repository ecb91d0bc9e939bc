package vn.mttq.giamsat.recommendation.statistics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Item states for the unit tests, built as a sentence: issued on a day, due on another,
 * answered, closed.
 */
public final class Items {

	private Items() {
	}

	public static ItemState issued(String issuedOn) {
		return new ItemState(UUID.randomUUID().toString(), 1, LocalDate.parse(issuedOn), null, null, null, null, false);
	}

	public static ItemState due(ItemState item, String dueDate) {
		return new ItemState(item.recommendationId(), item.sequence() + 1, item.issuedOn(),
				(dueDate != null) ? LocalDate.parse(dueDate) : null, item.answeredOn(), item.closure(), item.closedOn(),
				item.escalated());
	}

	public static ItemState answered(ItemState item, String answeredOn) {
		return new ItemState(item.recommendationId(), item.sequence() + 1, item.issuedOn(), item.dueDate(),
				LocalDate.parse(answeredOn), item.closure(), item.closedOn(), item.escalated());
	}

	public static ItemState closed(ItemState item, String closure, String closedOn) {
		return new ItemState(item.recommendationId(), item.sequence() + 1, item.issuedOn(), item.dueDate(),
				item.answeredOn(), closure, LocalDate.parse(closedOn), item.escalated());
	}

	public static ItemState escalated(ItemState item) {
		return new ItemState(item.recommendationId(), item.sequence() + 1, item.issuedOn(), item.dueDate(),
				item.answeredOn(), item.closure(), item.closedOn(), true);
	}

	public static Tally tally(ItemState... items) {
		Tally tally = new Tally();
		for (ItemState item : items) {
			tally.add(item);
		}
		return tally;
	}

}
