package vn.mttq.giamsat.events.notification;

import java.time.Instant;

import static vn.mttq.giamsat.events.EventFields.required;
import static vn.mttq.giamsat.events.EventFields.requiredText;

/**
 * What became of one notification on one channel: an attempt delivered, failed (to be
 * retried), given up (dead-lettered), or the recipient read it or confirmed its receipt
 * in the inbox. Published on {@code notification.deliveries} with the notification id as
 * key. The addressee's first {@code DELIVERED}, {@code READ} or {@code ACKNOWLEDGED} is
 * the receipt from which a "days from receipt" deadline counts.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the outcome happened
 * @param notificationId the notification: one per source event, recipient and channel;
 * also the key
 * @param sourceEventId the event the notification was made for
 * @param sourceEventType that event's CloudEvents type
 * @param recommendationId the recommendation it is about
 * @param recipientId the organisation told
 * @param recipientRole {@code ADDRESSEE} (the agency that must answer), {@code COPY}
 * (competent authority, Front one level up), {@code ISSUER} (the issuing Front body) or
 * {@code ESCALATION} (the body an item was escalated to)
 * @param channel {@code INBOX}, {@code EMAIL} or {@code WEBHOOK}
 * @param attempt the attempt's number on this channel, from 1 ({@code 0} for read and
 * confirmed receipt)
 * @param outcome {@code DELIVERED}, {@code FAILED} (will be retried),
 * {@code DEAD_LETTERED} (given up), {@code READ} or {@code ACKNOWLEDGED} (the recipient
 * confirmed receipt in the inbox; not the recommendation's ACKNOWLEDGE step, which the
 * agency takes on the recommendation itself)
 * @param error why it failed, {@code null} otherwise
 */
public record DeliveryRecorded(String eventId, Instant occurredAt, String notificationId, String sourceEventId,
		String sourceEventType, String recommendationId, String recipientId, String recipientRole, String channel,
		int attempt, String outcome, String error) {

	/** The CloudEvents type, with the contract version. */
	public static final String TYPE = "vn.mttq.giamsat.notification.DeliveryRecorded.v1";

	/** The CloudEvents source of the producing service. */
	public static final String SOURCE = "/notification-service";

	public DeliveryRecorded {
		requiredText(eventId, "eventId");
		required(occurredAt, "occurredAt");
		requiredText(notificationId, "notificationId");
		requiredText(sourceEventId, "sourceEventId");
		requiredText(recipientId, "recipientId");
		requiredText(recipientRole, "recipientRole");
		requiredText(channel, "channel");
		requiredText(outcome, "outcome");
	}

	/**
	 * Tells whether this outcome proves the recommendation reached its addressee.
	 * @return {@code true} for the addressee's delivery, reading or acknowledgement
	 */
	public boolean provesReceiptByAddressee() {
		return "ADDRESSEE".equals(this.recipientRole) && this.recommendationId != null
				&& ("DELIVERED".equals(this.outcome) || "READ".equals(this.outcome)
						|| "ACKNOWLEDGED".equals(this.outcome));
	}

}
