package vn.mttq.giamsat.recommendation.tracking.messaging;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.recommendation.tracking.HeldReceipts;
import vn.mttq.giamsat.recommendation.tracking.Receipt;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;

/**
 * The receipts held in {@code pending_receipts} until their item is tracked, the earliest
 * one per item.
 */
@Component
class PendingReceipts implements HeldReceipts {

	private final MongoTemplate mongo;

	PendingReceipts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Holds a receipt unless an earlier one is held already. */
	void keep(String recommendationId, Receipt receipt) {
		Query earlierOrAbsent = Query.query(Criteria.where("_id").is(recommendationId))
			.addCriteria(new Criteria().orOperator(Criteria.where("receivedOn").gt(receipt.on()),
					Criteria.where("receivedOn").exists(false)));
		try {
			this.mongo.upsert(earlierOrAbsent,
					new Update().set("receivedOn", receipt.on())
						.set("how", receipt.how())
						.set("eventId", receipt.eventId()),
					PendingReceipt.class);
		}
		catch (DuplicateKeyException ex) {
			// An earlier receipt is already kept.
		}
	}

	@Override
	public Optional<Receipt> heldFor(String recommendationId) {
		return Optional.ofNullable(this.mongo.findById(recommendationId, PendingReceipt.class))
			.map((held) -> new Receipt(held.receivedOn(), held.how(), held.eventId(),
					held.receivedOn().atStartOfDay(TrackedRecommendation.VIETNAM).toInstant()));
	}

	@Override
	public void release(String recommendationId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(recommendationId)), PendingReceipt.class);
	}

}
