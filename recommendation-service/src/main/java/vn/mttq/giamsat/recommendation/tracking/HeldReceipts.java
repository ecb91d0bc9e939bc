package vn.mttq.giamsat.recommendation.tracking;

import java.util.Optional;

/**
 * Receipts that arrived before the item they prove was tracked (the delivery and the
 * issue travel on different topics), held until tracking starts.
 */
public interface HeldReceipts {

	/** Returns the earliest receipt held for an item, if any. */
	Optional<Receipt> heldFor(String recommendationId);

	/** Forgets the receipt held for an item, once applied. */
	void release(String recommendationId);

}
