package vn.mttq.giamsat.events.recommendation;

/**
 * What happened in one step of a recommendation's lifecycle: every value the
 * {@code transition} of a published {@link RecommendationLifecycleEvent} may take. A
 * consumer checks its rules against this list at start-up, so that a new step is never
 * dropped silently.
 */
public enum Transition {

	/** Tracking started when the item was issued. */
	TRACKED,

	/**
	 * The addressee received it: notification-service delivered it, or the agency read or
	 * acknowledged it in the inbox. A deadline counted from receipt starts here.
	 */
	RECEIVED,

	/** The agency confirmed receipt. */
	ACKNOWLEDGED,

	/** The agency accepted it. */
	ACCEPTED,

	/** The agency explained why it does not accept it. */
	EXPLAINED,

	/** The agency asked for a review. */
	REVIEW_REQUESTED,

	/** The agency reported progress. */
	PROGRESS_REPORTED,

	/** The agency reported it resolved, with evidence. */
	RESOLUTION_REPORTED,

	/** The Front found the reported resolution insufficient and sent it back. */
	SENT_BACK,

	/** The Front took it to a dialogue. */
	TAKEN_TO_DIALOGUE,

	/** A reminder before the due date, or while overdue. */
	REMINDED,

	/** The due date passed without an answer. */
	MARKED_OVERDUE,

	/** Taken to a superior body. */
	ESCALATED,

	/** The due date changed: extension, pause, resumption or a new calendar. */
	DUE_DATE_CHANGED,

	/** Closed, with its closure. */
	CLOSED,

	/** Put to the agency again (re-supervision or re-issue after a dialogue). */
	REOPENED

}
