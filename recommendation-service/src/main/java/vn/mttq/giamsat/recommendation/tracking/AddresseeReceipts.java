package vn.mttq.giamsat.recommendation.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
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

	private final MongoTemplate mongo;

	private final DueDates dueDates;

	private final SchedulePolicy policy;

	AddresseeReceipts(RecommendationStore store, MongoTemplate mongo, DueDates dueDates, SchedulePolicy policy) {
		this.store = store;
		this.mongo = mongo;
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
	 * Records receipts together: one read of the items (their day of receipt only) drops
	 * those with nothing to apply, the others are recorded one by one, in order.
	 * @param receipts the receipts, in the order consumed
	 * @return for each, whether it was recorded now
	 */
	public List<Boolean> receiveAll(List<Receipt> receipts) {
		Query query = Query.query(Criteria.where("_id").in(receipts.stream().map(Receipt::recommendationId).toList()));
		query.fields().include("deliveredOn");
		Map<String, ReceivedSoFar> items = this.mongo.find(query, ReceivedSoFar.class, RecommendationStore.COLLECTION)
			.stream()
			.collect(Collectors.toMap(ReceivedSoFar::id, Function.identity()));
		List<Boolean> outcomes = new ArrayList<>(receipts.size());
		for (Receipt receipt : receipts) {
			ReceivedSoFar item = items.get(receipt.recommendationId());
			if (item == null) {
				outcomes.add(untracked(receipt));
			}
			else if (Reply.none().receivedOn(item.deliveredOn()).receivedBy(receipt.on())) {
				outcomes.add(false);
			}
			else {
				outcomes.add(receive(receipt));
			}
		}
		return outcomes;
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

	/**
	 * What a receipt is checked against: the day an item was received, if it was.
	 *
	 * @param id the recommendation id
	 * @param deliveredOn the day of receipt, or {@code null}
	 */
	record ReceivedSoFar(@Id String id, LocalDate deliveredOn) {
	}

}
