package vn.mttq.giamsat.supervision.organisation.importing.job;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.support.domain.InvalidField;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * An import job as the API shows it, its errors and reason in the reader's language.
 *
 * @param id the job
 * @param file {@code organisations} or {@code administrative-units}
 * @param status QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED
 * @param rowsTotal the file's rows, once read
 * @param rowsDone rows written or found unchanged
 * @param created rows that added a unit or organisation
 * @param updated rows that changed one
 * @param unchanged rows equal to what is stored
 * @param errors the first 100 errors of a refused file, in file order
 * @param totalErrors how many errors the file has
 * @param reason why it failed or stopped
 * @param cancelRequested whether someone asked to stop it
 * @param submittedBy who submitted it
 * @param submittedAt when
 * @param startedAt when a thread took it
 * @param updatedAt its last change
 * @param finishedAt when it ended
 */
record ImportJobView(String id, String file, ImportJobStatus status, int rowsTotal, int rowsDone, int created,
		int updated, int unchanged, List<InvalidField> errors, int totalErrors, String reason, boolean cancelRequested,
		RecordedActor submittedBy, Instant submittedAt, Instant startedAt, Instant updatedAt, Instant finishedAt) {

	static ImportJobView of(ImportJob job, MessageSource messages, Locale locale) {
		List<InvalidField> errors = job.errors().stream().map((error) -> error.in(messages, locale)).toList();
		String reason = (job.reasonPhrase() != null) ? FieldProblem.say(job.reasonPhrase(), messages, locale)
				: job.reason();
		return new ImportJobView(job.id(), job.file(), job.status(), job.rowsTotal(), job.rowsDone(), job.created(),
				job.updated(), job.unchanged(), errors, job.totalErrors(), reason, job.cancelRequested(),
				job.submittedBy(), job.submittedAt(), job.startedAt(), job.updatedAt(), job.finishedAt());
	}

}
