package vn.mttq.giamsat.recommendation.tracking.messaging;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A receipt that arrived before the item it proves was tracked (the delivery and the
 * issue travel on different topics); it is applied when tracking starts.
 *
 * @param id the recommendation id
 * @param receivedOn the day of receipt, the earliest one seen
 * @param how how it was received
 * @param eventId the delivery event
 */
@Document("pending_receipts")
record PendingReceipt(@Id String id, LocalDate receivedOn, String how, String eventId) {
}
