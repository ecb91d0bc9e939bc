package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The addressee's receipt of an item, from notification-service's proof of delivery.
 *
 * @param recommendationId the item received
 * @param on the day of receipt, in Vietnam
 * @param how how it was received, e.g. {@code EMAIL delivered}
 * @param eventId the delivery event
 * @param at when it happened
 */
public record Receipt(String recommendationId, LocalDate on, String how, String eventId, Instant at) {
}
