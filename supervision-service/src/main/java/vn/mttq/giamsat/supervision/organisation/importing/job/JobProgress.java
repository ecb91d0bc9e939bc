package vn.mttq.giamsat.supervision.organisation.importing.job;

import java.util.Optional;

import org.springframework.data.mongodb.core.query.Update;

import vn.mttq.giamsat.supervision.organisation.importing.ImportProgress;
import vn.mttq.giamsat.supervision.organisation.importing.ImportResult;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * A job's progress, stored as the import goes; between two batches it looks whether the
 * job was cancelled, given up, or its instance is stopping, and stops it then.
 */
final class JobProgress implements ImportProgress {

	private final String id;

	private final ImportJobs jobs;

	private volatile int rowsDone;

	JobProgress(String id, ImportJobs jobs) {
		this.id = id;
		this.jobs = jobs;
	}

	int rowsDone() {
		return this.rowsDone;
	}

	@Override
	public void read(int rows) {
		goOn(this.jobs.progress(this.id, new Update().set("rowsTotal", rows)));
	}

	@Override
	public void checked(int rows) {
		goOn(this.jobs.progress(this.id, new Update()));
	}

	@Override
	public void written(int rows, ImportResult result) {
		this.rowsDone = rows;
		goOn(this.jobs.progress(this.id, ImportJobs.counts(rows, result)));
	}

	private void goOn(Optional<ImportJob> job) {
		if (Thread.currentThread().isInterrupted()) {
			throw new StoppedException(ImportJobStatus.FAILED, Phrase.of("import.job.interrupted",
					"The service stopped during the import, after {0} rows. Each row written stays whole; import "
							+ "the same file again.",
					String.valueOf(this.rowsDone)));
		}
		if (job.isEmpty()) {
			throw new StoppedException(ImportJobStatus.FAILED,
					Phrase.of("import.job.given-up", "The import was given up."));
		}
		if (job.get().cancelRequested()) {
			throw new StoppedException(ImportJobStatus.CANCELLED, Phrase.of("import.job.cancelled",
					"Cancelled after {0} rows. Each row written stays whole and consistent; import the file again to "
							+ "complete it.",
					String.valueOf(this.rowsDone)));
		}
	}

	/**
	 * The job must stop between two batches.
	 */
	static final class StoppedException extends RuntimeException {

		private final ImportJobStatus status;

		private final transient Phrase reason;

		StoppedException(ImportJobStatus status, Phrase reason) {
			super(reason.inEnglish());
			this.status = status;
			this.reason = reason;
		}

		Phrase reason() {
			return this.reason;
		}

		ImportJobStatus status() {
			return this.status;
		}

	}

}
