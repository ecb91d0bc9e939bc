package vn.mttq.giamsat.console.service;

/**
 * The services the console calls; each has a label {@code service.<name>} in the message
 * bundles, used when it cannot be reached.
 */
public enum Service {

	/** supervision-service. */
	SUPERVISION,

	/** recommendation-service. */
	RECOMMENDATION,

	/** notification-service. */
	NOTIFICATION

}
