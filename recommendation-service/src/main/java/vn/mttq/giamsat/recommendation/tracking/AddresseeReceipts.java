package vn.mttq.giamsat.recommendation.tracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Records the addressee's receipt of tracked items; the earliest receipt counts, so a
 * later or repeated one changes nothing. The flow runs one way (an item is notified from
 * its {@code TRACKED} step), so a receipt for an item that is not tracked has nothing to
 * apply.
 */
@Service
public class AddresseeReceipts {

	private static final Logger log = LoggerFactory.getLogger(AddresseeReceipts.class);

	private final RecommendationStore store;

	private final DueDates dueDates;

	private final SchedulePolicy policy;

	AddresseeReceipts(RecommendationStore store, DueDates dueDates, SchedulePolicy policy) {
		this.store = store;
		this.dueDates = dueDates;
		this.policy = policy;
	}

	/**
	 * Records a receipt.
	 * @param receipt the receipt
	 * @return {@code true} if it was recorded now, {@code false} if it changes nothing or
	 * the item is not tracked
	 */
	public boolean receive(Receipt receipt) {
		return this.store.find(receipt.recommendationId())
			.map((read) -> this.store.change(read, (recommendation) -> received(recommendation, receipt)).isPresent())
			.orElseGet(() -> untracked(receipt));
	}

	/**
	 * Records receipts together, as {@link #receive} does one at a time: one read of the
	 * items, each receipt applied in order to its item as read (several to one item in
	 * turn), and one bulk write of the items changed. An item someone else changed since
	 * the read is not written; its receipts are recorded one at a time on its state as it
	 * is now.
	 * @param receipts the receipts, in the order consumed
	 * @return for each, whether it was recorded now
	 */
	public List<Boolean> receiveAll(List<Receipt> receipts) {
		Map<String, TrackedRecommendation> items = new HashMap<>();
		this.store.find(Query.query(Criteria.where("_id").in(ids(receipts))))
			.forEach((item) -> items.put(item.id(), item));
		List<Boolean> outcomes = new ArrayList<>(receipts.size());
		Map<String, TrackedRecommendation> changed = new LinkedHashMap<>();
		for (Receipt receipt : receipts) {
			TrackedRecommendation item = items.get(receipt.recommendationId());
			boolean recorded = (item != null) ? received(item, receipt) : untracked(receipt);
			if (recorded) {
				changed.put(item.id(), item);
			}
			outcomes.add(recorded);
		}
		List<TrackedRecommendation> lost = this.store.updateAll(List.copyOf(changed.values()));
		if (!lost.isEmpty()) {
			Set<String> lostIds = lost.stream().map(TrackedRecommendation::id).collect(Collectors.toSet());
			for (int i = 0; i < receipts.size(); i++) {
				if (lostIds.contains(receipts.get(i).recommendationId())) {
					outcomes.set(i, receive(receipts.get(i)));
				}
			}
		}
		return outcomes;
	}

	private static Set<String> ids(List<Receipt> receipts) {
		return receipts.stream().map(Receipt::recommendationId).collect(Collectors.toSet());
	}

	private boolean received(TrackedRecommendation recommendation, Receipt receipt) {
		return recommendation.received(receipt.on(), receipt.how(), receipt.eventId(), receipt.at(), this.dueDates,
				this.policy);
	}

	private static boolean untracked(Receipt receipt) {
		log.debug("Receipt {} is for recommendation {}, which is not tracked: nothing to apply", receipt.eventId(),
				receipt.recommendationId());
		return false;
	}

}
