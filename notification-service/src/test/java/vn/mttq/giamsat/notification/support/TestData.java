package vn.mttq.giamsat.notification.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
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
	 * Tells an agency of a new item, directly, as its {@code TRACKED} step does.
	 * @return the id of the agency's inbox notification
	 */
	public static String issuedTo(NotificationFanOut fanOut, String front, String agency, String content) {
		String eventId = UUID.randomUUID().toString();
		RecommendationLifecycleEvent.Snapshot item = new RecommendationLifecycleEvent.Snapshot("letter-t", "KN-T",
				"activity-t", front, agency, List.of(), "PROVINCE", null, null, content, LocalDate.of(2026, 4, 2),
				LocalDate.of(2026, 5, 4), "Hạn do người ban hành đặt: 04/05/2026.", null, null, null, false, 0,
				List.of(), null, null);
		fanOut.tell(NotifiableEvent.of(new RecommendationLifecycleEvent(eventId, Instant.now(),
				UUID.randomUUID().toString(), 1, "TRACKED", null, "AWAITING_RESPONSE",
				new RecommendationLifecycleEvent.Actor("SYSTEM", front, null, null), null, List.of(), item)));
		return Notification.idOf(eventId, agency, Channel.INBOX);
	}

}
