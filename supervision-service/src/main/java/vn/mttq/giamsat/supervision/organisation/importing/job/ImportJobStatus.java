package vn.mttq.giamsat.supervision.organisation.importing.job;

/**
 * Where an import job stands.
 */
enum ImportJobStatus {

	/** Accepted, waiting for a free import thread. */
	QUEUED,

	/** Being checked or written. */
	RUNNING,

	/** Every row written or found unchanged. */
	SUCCEEDED,

	/**
	 * Refused (bad rows, nothing written) or stopped by an error; the reason says which.
	 */
	FAILED,

	/** Stopped on request; the rows written before stay, each whole. */
	CANCELLED;

	boolean ended() {
		return this == SUCCEEDED || this == FAILED || this == CANCELLED;
	}

}
