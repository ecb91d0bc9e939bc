package vn.mttq.giamsat.notification.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.notification.delivery.Notification;
import vn.mttq.giamsat.notification.document.AttachedDocument;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * A notification of an inbox as the API shows it.
 *
 * @param id the notification id
 * @param recipientOrganisationId the organisation whose inbox it is in
 * @param recipientRole why the organisation is told: {@code ADDRESSEE}, {@code COPY},
 * {@code ISSUER} or {@code ESCALATION}
 * @param channel the channel, {@code INBOX}
 * @param kind the lifecycle step told: {@code TRACKED} for a new item, {@code REMINDED},
 * {@code CLOSED} ...; {@code ISSUED} or {@code WITHDRAWN} in notifications made before
 * the first notice came from the {@code TRACKED} step
 * @param eventType the type of event that caused it
 * @param recommendationId the recommendation it is about
 * @param title the subject
 * @param body the text
 * @param link where the item can be seen
 * @param language the language it is written in
 * @param dueDate the answer date, if set
 * @param createdAt when it arrived
 * @param readAt when it was read, or {@code null} if unread
 * @param receiptConfirmedAt when the organisation confirmed it received it, or
 * {@code null}
 * @param receiptConfirmedBy who confirmed it, or {@code null}
 * @param documents the documents that came with the step told (the letter's signed scan,
 * an agency's reply and evidence), each with its download link ({@code url}) when the
 * service that keeps it has a public address; empty when none
 */
record NotificationView(String id, String recipientOrganisationId, String recipientRole, String channel, String kind,
		String eventType, String recommendationId, String title, String body, String link, String language,
		LocalDate dueDate, Instant createdAt, Instant readAt, Instant receiptConfirmedAt,
		RecordedActor receiptConfirmedBy, List<AttachedDocument> documents) {

	static NotificationView of(Notification n) {
		return new NotificationView(n.id(), n.recipientOrganisationId(), n.recipientRole().name(), n.channel().name(),
				n.kind(), n.eventType(), n.recommendationId(), n.title(), n.body(), n.link(),
				n.language().name().toLowerCase(java.util.Locale.ROOT), n.dueDate(), n.createdAt(), n.readAt(),
				n.receiptConfirmedAt(), n.receiptConfirmedBy(), n.documents());
	}

}
