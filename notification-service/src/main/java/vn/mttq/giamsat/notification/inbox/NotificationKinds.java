package vn.mttq.giamsat.notification.inbox;

import java.util.List;

/**
 * The kinds a notification in an inbox may have, for the {@code kind} filter: each step
 * of a recommendation's lifecycle, and {@code ISSUED} and {@code WITHDRAWN}, which the
 * notices sent before the first notice came from the {@code TRACKED} step still carry.
 */
final class NotificationKinds {

	/** The kinds, as the filter's pattern and in its message. */
	static final String NAMES = "TRACKED|RECEIVED|ACKNOWLEDGED|ACCEPTED|EXPLAINED|REVIEW_REQUESTED|PROGRESS_REPORTED|"
			+ "RESOLUTION_REPORTED|SENT_BACK|TAKEN_TO_DIALOGUE|REMINDED|MARKED_OVERDUE|ESCALATED|DUE_DATE_CHANGED|"
			+ "CLOSED|REOPENED|ISSUED|WITHDRAWN";

	private NotificationKinds() {
	}

	static List<String> all() {
		return List.of(NAMES.split("\\|"));
	}

}
