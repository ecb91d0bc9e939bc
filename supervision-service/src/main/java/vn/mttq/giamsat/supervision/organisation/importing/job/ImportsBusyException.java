package vn.mttq.giamsat.supervision.organisation.importing.job;

/**
 * Every import thread is busy and the queue is full; the client may submit again later.
 */
class ImportsBusyException extends RuntimeException {

	ImportsBusyException(int accepted) {
		super("The service already holds " + accepted + " imports, running or waiting; submit the file again in a "
				+ "minute, or follow the running jobs at /api/v1/directory/imports/{id}.");
	}

}
