package vn.mttq.giamsat.supervision.organisation.importing.job;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Lệnh nhập danh bạ: one CSV or XLSX import running in the background, stored so that
 * every instance answers for it. Its state changes by conditional updates of this one
 * document (the status it must be in), so a cancel, a heartbeat and the runner never undo
 * each other.
 *
 * @param id the job's id
 * @param file what the file holds: {@value #ORGANISATIONS} or {@value #UNITS}
 * @param status where it stands
 * @param organisationId the organisation of whoever submitted it; only its officials and
 * administrators see the job
 * @param submittedBy who submitted it, from the token
 * @param rowsTotal the file's rows, once it is read
 * @param rowsDone rows written or found unchanged
 * @param created rows that added a unit or organisation
 * @param updated rows that changed one
 * @param unchanged rows equal to what is stored
 * @param errors the first 100 errors of a refused file, in file order
 * @param totalErrors how many errors the file has
 * @param reason why the job failed or stopped, in words a person can act on, in English
 * @param reasonPhrase the reason in any language the service has; {@code null} in an
 * older job
 * @param cancelRequested whether someone asked to stop it
 * @param submittedAt when it was submitted
 * @param startedAt when a thread took it
 * @param updatedAt its last change
 * @param finishedAt when it ended
 * @param heartbeatAt the last sign of life of the instance holding it
 */
@Document("directoryImportJobs")
@CompoundIndex(name = "status_heartbeat", def = "{'status': 1, 'heartbeatAt': 1}")
record ImportJob(@Id String id, String file, ImportJobStatus status, String organisationId, RecordedActor submittedBy,
		int rowsTotal, int rowsDone, int created, int updated, int unchanged, List<JobError> errors, int totalErrors,
		String reason, Phrase reasonPhrase, boolean cancelRequested, Instant submittedAt, Instant startedAt,
		Instant updatedAt, Instant finishedAt, Instant heartbeatAt) {

	static final String ORGANISATIONS = "organisations";

	static final String UNITS = "administrative-units";

	ImportJob {
		errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

	static ImportJob queued(String file, RecordedActor submittedBy, Instant now) {
		return new ImportJob(UUID.randomUUID().toString(), file, ImportJobStatus.QUEUED, submittedBy.organisationId(),
				submittedBy, 0, 0, 0, 0, 0, List.of(), 0, null, null, false, now, null, now, null, now);
	}

}
