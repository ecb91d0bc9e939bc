package vn.mttq.giamsat.recommendation.tracking;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a recommendation stands in its lifecycle (domain section C3).
 */
public enum RecommendationStatus {

	/**
	 * Issued and delivered or on its way; the agency has not answered yet (chờ trả lời).
	 */
	AWAITING_RESPONSE,

	/** The agency confirmed receipt and has not answered yet. */
	ACKNOWLEDGED,

	/** The agency accepted it (tiếp thu). */
	ACCEPTED,

	/** The agency reports work under way (đang giải quyết). */
	IN_PROGRESS,

	/**
	 * The agency reports it resolved, with evidence, awaiting the Front's verification.
	 */
	RESOLUTION_REPORTED,

	/** The agency explained why it does not accept it (giải trình). */
	EXPLAINED,

	/** The agency asks the Front to review it (Law Art. 29.4). */
	REVIEW_REQUESTED,

	/** The Front takes it to a dialogue with the agency (Law Art. 28.4). */
	IN_DIALOGUE,

	/** No answer by the due date (quá hạn). */
	OVERDUE,

	/** Taken to the agency's superior or the Front one level up (Law Art. 28.7). */
	ESCALATED,

	/** Closed by the Front as resolved, unresolved, agreed or withdrawn. */
	CLOSED;

	/** The statuses in which the agency still owes its answer. */
	public static final Set<RecommendationStatus> UNANSWERED = EnumSet.of(AWAITING_RESPONSE, ACKNOWLEDGED, OVERDUE,
			ESCALATED);

}
