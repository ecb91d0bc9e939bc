package vn.mttq.giamsat.notification.inbox;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notification as the API shows it.
 *
 * @param id the notification id
 * @param recipientOrganisationId the organisation whose inbox it is in
 * @param channel the channel
 * @param eventType the type of event that caused it
 * @param recommendationId the recommendation it is about
 * @param title the subject
 * @param body the text
 * @param dueDate the answer date, if set
 * @param createdAt when it arrived
 * @param readAt when it was read, or {@code null} if unread
 */
record NotificationView(String id, String recipientOrganisationId, String channel, String eventType,
		String recommendationId, String title, String body, LocalDate dueDate, Instant createdAt, Instant readAt) {

	static NotificationView of(Notification n) {
		return new NotificationView(n.id(), n.recipientOrganisationId(), n.channel(), n.eventType(),
				n.recommendationId(), n.title(), n.body(), n.dueDate(), n.createdAt(), n.readAt());
	}

}
