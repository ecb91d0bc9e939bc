package vn.mttq.giamsat.notification.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.mttq.giamsat.notification.recipients.NotifiableEvent;
import vn.mttq.giamsat.notification.recipients.Recipient;

/**
 * The due dates the inboxes were told of the recommendations of a batch of events: as
 * stored before the batch, then as told by the batch's earlier events, so that a receipt
 * following its item's first notice in the same batch is judged as if they had come one
 * after the other.
 */
final class DueDatesTold {

	private final List<Told> told;

	private DueDatesTold(List<Told> told) {
		this.told = new ArrayList<>(told);
	}

	/**
	 * Reads what the inboxes were told of the recommendations whose events fix a firm due
	 * date, the only ones that ask, with one query (none when no event asks).
	 * @param store the notifications
	 * @param events the batch's events
	 * @return the dates told
	 */
	static DueDatesTold of(NotificationStore store, List<NotifiableEvent> events) {
		return new DueDatesTold(store.dueDatesTold(events.stream()
			.filter(NotifiableEvent::fixesFirmDueDate)
			.map(NotifiableEvent::recommendationId)
			.distinct()
			.toList()));
	}

	/**
	 * The recipients of an event still to be told: a receipt tells the firm due date it
	 * fixes only to those not told that date already by another event.
	 * @param event the event
	 * @param recipients whom the rules name
	 * @return those to tell
	 */
	List<Recipient> toTell(NotifiableEvent event, List<Recipient> recipients) {
		if (!event.fixesFirmDueDate()) {
			return recipients;
		}
		return recipients.stream()
			.filter((recipient) -> this.told.stream()
				.noneMatch((told) -> told.recommendationId().equals(event.recommendationId())
						&& told.recipientOrganisationId().equals(recipient.organisationId())
						&& Objects.equals(told.dueDate(), event.dueDate()) && !told.eventId().equals(event.eventId())))
			.toList();
	}

	/**
	 * Adds what an inbox notification of the batch tells, for the events after it.
	 * @param notification the notification
	 */
	void add(Notification notification) {
		if (notification.channel() == Channel.INBOX && notification.dueDate() != null) {
			this.told.add(new Told(notification.recommendationId(), notification.recipientOrganisationId(),
					notification.dueDate(), notification.eventId()));
		}
	}

	/**
	 * A due date an organisation's inbox was told of a recommendation.
	 *
	 * @param recommendationId the recommendation
	 * @param recipientOrganisationId the organisation
	 * @param dueDate the date
	 * @param eventId the event that told it
	 */
	record Told(String recommendationId, String recipientOrganisationId, LocalDate dueDate, String eventId) {
	}

}
