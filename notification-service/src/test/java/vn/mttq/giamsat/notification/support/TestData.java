package vn.mttq.giamsat.notification.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.notification.delivery.Channel;
import vn.mttq.giamsat.notification.delivery.Notification;
import vn.mttq.giamsat.notification.delivery.NotificationFanOut;
import vn.mttq.giamsat.notification.recipients.NotifiableEvent;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;

/**
 * Puts a test's organisations into the directory and notifications into inboxes.
 */
public final class TestData {

	private TestData() {
	}

	public static void knownOrganisations(OrganisationDirectory directory, String... ids) {
		for (String id : ids) {
			directory.apply(Events.organisation(id, 1, "Cơ quan " + id, null).organisationChanged());
		}
	}

	/**
	 * Tells an agency of a new item, directly.
	 * @return the id of the agency's inbox notification
	 */
	public static String issuedTo(NotificationFanOut fanOut, String front, String agency, String content) {
		RecommendationIssued event = new RecommendationIssued(UUID.randomUUID().toString(), Instant.now(),
				UUID.randomUUID().toString(), "letter-t", "KN-T", "activity-t", front, agency, content,
				LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 4), "RECOMMENDATION", null, null, null, null,
				List.of());
		fanOut.tell(NotifiableEvent.of(event));
		return Notification.idOf(event.eventId(), agency, Channel.INBOX);
	}

}
