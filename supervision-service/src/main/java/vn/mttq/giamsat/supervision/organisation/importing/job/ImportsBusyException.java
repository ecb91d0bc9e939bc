package vn.mttq.giamsat.supervision.organisation.importing.job;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * Every import thread is busy and the queue is full; the client may submit again later.
 */
class ImportsBusyException extends RuntimeException {

	private final transient Phrase phrase;

	ImportsBusyException(int accepted) {
		this(Phrase.of("import.busy",
				"The service already holds {0} imports, running or waiting; submit the file again in a minute, "
						+ "or follow the jobs already submitted at the Location each was answered with.",
				String.valueOf(accepted)));
	}

	private ImportsBusyException(Phrase phrase) {
		super(phrase.inEnglish());
		this.phrase = phrase;
	}

	Phrase phrase() {
		return this.phrase;
	}

}
