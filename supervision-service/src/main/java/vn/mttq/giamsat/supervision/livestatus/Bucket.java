package vn.mttq.giamsat.supervision.livestatus;

import java.util.Set;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;

/**
 * Where an item stands as the Front counts it beside its activity and letter; each item
 * is in exactly one bucket, decided from the latest lifecycle snapshot in this order:
 * <ol>
 * <li>{@link #WITHDRAWN}: closed as {@code WITHDRAWN}, or withdrawn here before the
 * lifecycle confirmed it;</li>
 * <li>{@link #RESOLVED}: closed as {@code RESOLVED};</li>
 * <li>{@link #CLOSED_UNRESOLVED}: closed as {@code UNRESOLVED}, or {@code AGREED} (the
 * Front accepted the agency's explanation);</li>
 * <li>{@link #OVERDUE}: open, and {@code recommendation.overdue} is set or the status is
 * {@code OVERDUE} or {@code ESCALATED};</li>
 * <li>{@link #ANSWERED}: open, not overdue, and the agency answered (an {@code answer} is
 * set, or the status is {@code ACCEPTED}, {@code IN_PROGRESS},
 * {@code RESOLUTION_REPORTED}, {@code EXPLAINED} or {@code REVIEW_REQUESTED});</li>
 * <li>{@link #AWAITING}: everything else, including an item the lifecycle has not
 * reported yet.</li>
 * </ol>
 */
public enum Bucket {

	/** Chờ trả lời. */
	AWAITING,

	/** Đã trả lời, chưa đóng. */
	ANSWERED,

	/** Quá hạn. */
	OVERDUE,

	/** Đã giải quyết. */
	RESOLVED,

	/**
	 * Đã đóng mà không giải quyết (chưa giải quyết, hoặc Mặt trận chấp nhận giải trình).
	 */
	CLOSED_UNRESOLVED,

	/** Đã rút. */
	WITHDRAWN;

	private static final Set<String> ANSWERED_STATUSES = Set.of("ACCEPTED", "IN_PROGRESS", "RESOLUTION_REPORTED",
			"EXPLAINED", "REVIEW_REQUESTED");

	/**
	 * Places an item from its latest lifecycle snapshot.
	 * @param status the lifecycle status
	 * @param snapshot the recommendation as it stands
	 * @return its bucket
	 */
	static Bucket of(String status, RecommendationLifecycleEvent.Snapshot snapshot) {
		String closure = snapshot.closure();
		if ("WITHDRAWN".equals(closure)) {
			return WITHDRAWN;
		}
		if ("RESOLVED".equals(closure)) {
			return RESOLVED;
		}
		if (closure != null || "CLOSED".equals(status)) {
			return CLOSED_UNRESOLVED;
		}
		if (snapshot.overdue() || "OVERDUE".equals(status) || "ESCALATED".equals(status)) {
			return OVERDUE;
		}
		if (snapshot.answer() != null || ANSWERED_STATUSES.contains(status)) {
			return ANSWERED;
		}
		return AWAITING;
	}

	public boolean closed() {
		return this == RESOLVED || this == CLOSED_UNRESOLVED || this == WITHDRAWN;
	}

}
