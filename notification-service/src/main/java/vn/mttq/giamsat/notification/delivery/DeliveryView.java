package vn.mttq.giamsat.notification.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A notification's delivery as the API shows it: where it went, and every attempt with
 * its time, outcome and error.
 *
 * @param notificationId the notification
 * @param recipientOrganisationId the organisation told
 * @param recipientRole why it is told
 * @param channel the channel
 * @param addresses the email addresses or the webhook URL
 * @param kind the kind of event told
 * @param sourceEventId the event told
 * @param recommendationId the recommendation it is about
 * @param title the subject
 * @param status where the delivery stands
 * @param createdAt when the notification was made
 * @param nextAttemptAt when the next attempt is due, if one is
 * @param attempts every attempt
 * @param replays how often an operator replayed it
 */
record DeliveryView(String notificationId, String recipientOrganisationId, String recipientRole, Channel channel,
		List<String> addresses, String kind, String sourceEventId, String recommendationId, String title,
		DeliveryStatus status, Instant createdAt, Instant nextAttemptAt, List<Attempt> attempts, int replays) {

	static DeliveryView of(Notification n) {
		return new DeliveryView(n.id(), n.recipientOrganisationId(), n.recipientRole().name(), n.channel(),
				n.addresses(), n.kind(), n.eventId(), n.recommendationId(), n.title(), n.status(), n.createdAt(),
				n.nextAttemptAt(), n.attempts(), n.replays());
	}

}
