package vn.mttq.giamsat.recommendation.tracking.messaging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.recommendation.tracking.AddresseeReceipts;
import vn.mttq.giamsat.recommendation.tracking.Receipt;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;

/**
 * Turns notification-service's delivery outcomes into the addressee's receipt. Most
 * outcomes (a copy's delivery, a failed attempt) prove no receipt and are skipped without
 * touching the database.
 */
@Service
class Receipts {

	private final AddresseeReceipts receipts;

	Receipts(AddresseeReceipts receipts) {
		this.receipts = receipts;
	}

	/**
	 * Records the addressee's receipt.
	 * @param delivery the outcome; only the addressee's delivery, reading or
	 * acknowledgement counts
	 * @return {@code true} if the receipt was recorded now
	 */
	boolean receive(DeliveryRecorded delivery) {
		return delivery.provesReceiptByAddressee() && this.receipts.receive(receiptOf(delivery));
	}

	/**
	 * Records the addressee's receipts among delivery outcomes, as {@link #receive} does
	 * one at a time.
	 * @param deliveries the outcomes, in the order consumed
	 * @return for each, whether a receipt was recorded now
	 */
	List<Boolean> receiveAll(List<DeliveryRecorded> deliveries) {
		List<Integer> proving = new ArrayList<>();
		List<Receipt> receipts = new ArrayList<>();
		for (int i = 0; i < deliveries.size(); i++) {
			if (deliveries.get(i).provesReceiptByAddressee()) {
				proving.add(i);
				receipts.add(receiptOf(deliveries.get(i)));
			}
		}
		List<Boolean> outcomes = new ArrayList<>(Collections.nCopies(deliveries.size(), false));
		if (receipts.isEmpty()) {
			return outcomes;
		}
		List<Boolean> recorded = this.receipts.receiveAll(receipts);
		for (int j = 0; j < proving.size(); j++) {
			outcomes.set(proving.get(j), recorded.get(j));
		}
		return outcomes;
	}

	private static Receipt receiptOf(DeliveryRecorded delivery) {
		return new Receipt(delivery.recommendationId(),
				LocalDate.ofInstant(delivery.occurredAt(), TrackedRecommendation.VIETNAM),
				delivery.channel() + " " + delivery.outcome().toLowerCase(Locale.ROOT), delivery.eventId(),
				delivery.occurredAt());
	}

}
