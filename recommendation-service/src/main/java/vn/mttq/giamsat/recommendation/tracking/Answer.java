package vn.mttq.giamsat.recommendation.tracking;

/**
 * The agency's answer to a recommendation.
 */
public enum Answer {

	/** Tiếp thu: accepted. */
	ACCEPTED,

	/** Giải trình: not accepted, with an explanation. */
	EXPLAINED,

	/** Asks the Front to review it (Law Art. 29.4). */
	REVIEW_REQUESTED

}
