package vn.mttq.giamsat.recommendation.tracking.messaging;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Service;

import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.recommendation.tracking.Receipt;
import vn.mttq.giamsat.recommendation.tracking.RecommendationTracking;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;

/**
 * Turns notification-service's delivery outcomes into the addressee's receipt. A receipt
 * for an item not tracked yet is held and applied when tracking starts; a later or
 * repeated one changes nothing.
 */
@Service
class Receipts {

	private final RecommendationTracking tracking;

	private final PendingReceipts pending;

	Receipts(RecommendationTracking tracking, PendingReceipts pending) {
		this.tracking = tracking;
		this.pending = pending;
	}

	/**
	 * Records the addressee's receipt.
	 * @param delivery the outcome; only the addressee's delivery, reading or
	 * acknowledgement counts
	 * @return {@code true} if the receipt was recorded or held now
	 */
	boolean receive(DeliveryRecorded delivery) {
		if (!delivery.provesReceiptByAddressee()) {
			return false;
		}
		String id = delivery.recommendationId();
		Receipt receipt = new Receipt(LocalDate.ofInstant(delivery.occurredAt(), TrackedRecommendation.VIETNAM),
				delivery.channel() + " " + delivery.outcome().toLowerCase(Locale.ROOT), delivery.eventId(),
				delivery.occurredAt());
		if (this.tracking.receive(id, receipt)) {
			return true;
		}
		if (this.tracking.isTracked(id)) {
			return false;
		}
		this.pending.keep(id, receipt);
		// Tracking may have started between the look and the write: apply it now if so.
		this.tracking.applyHeldReceipt(id);
		return true;
	}

}
