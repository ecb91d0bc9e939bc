package vn.mttq.giamsat.supervision.organisation.importing.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.supervision.organisation.importing.ImportResult;
import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * The stored import jobs. Every change is one conditional update of one job document,
 * guarded by the status the job must be in.
 */
@Component
class ImportJobs {

	private final MongoTemplate mongo;

	private final Clock clock;

	ImportJobs(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	ImportJob queue(String file, RecordedActor actor) {
		return this.mongo.insert(ImportJob.queued(file, actor, this.clock.instant()));
	}

	/**
	 * Finds a job for an organisation's people.
	 * @return the job, if it exists and that organisation submitted it
	 */
	Optional<ImportJob> find(String id, String organisationId) {
		return Optional.ofNullable(this.mongo.findOne(
				Query.query(Criteria.where("_id").is(id).and("organisationId").is(organisationId)), ImportJob.class));
	}

	/**
	 * Cancels a job: a queued one at once, a running one when it next looks (between two
	 * batches of rows); an ended job stays as it is.
	 * @return the job as it stands, if that organisation submitted it
	 */
	Optional<ImportJob> cancel(String id, String organisationId) {
		Criteria mine = Criteria.where("_id").is(id).and("organisationId").is(organisationId);
		Instant now = this.clock.instant();
		this.mongo.updateFirst(Query.query(Criteria.where("status").is(ImportJobStatus.QUEUED).andOperator(mine)),
				ended(ImportJobStatus.CANCELLED,
						Phrase.of("import.job.cancelled-before-start",
								"Cancelled before it started; nothing was written."),
						now)
					.set("cancelRequested", true),
				ImportJob.class);
		this.mongo.updateFirst(Query.query(Criteria.where("status").is(ImportJobStatus.RUNNING).andOperator(mine)),
				new Update().set("cancelRequested", true).set("updatedAt", now), ImportJob.class);
		return find(id, organisationId);
	}

	/**
	 * Takes a queued job.
	 * @return {@code false} if it was cancelled or given up meanwhile
	 */
	boolean start(String id) {
		Instant now = this.clock.instant();
		return this.mongo
			.updateFirst(inStatus(id, ImportJobStatus.QUEUED),
					new Update().set("status", ImportJobStatus.RUNNING)
						.set("startedAt", now)
						.set("updatedAt", now)
						.set("heartbeatAt", now),
					ImportJob.class)
			.getModifiedCount() == 1;
	}

	/**
	 * Records a running job's progress and tells whether it should go on.
	 * @param id the job
	 * @param progress what to record besides the heartbeat
	 * @return the job as it stands, or empty if it no longer runs
	 */
	Optional<ImportJob> progress(String id, Update progress) {
		Instant now = this.clock.instant();
		return Optional.ofNullable(this.mongo.findAndModify(inStatus(id, ImportJobStatus.RUNNING),
				progress.set("updatedAt", now).set("heartbeatAt", now), FindAndModifyOptions.options().returnNew(true),
				ImportJob.class));
	}

	static Update counts(int rowsDone, ImportResult result) {
		return new Update().set("rowsDone", rowsDone)
			.set("created", result.created())
			.set("updated", result.updated())
			.set("unchanged", result.unchanged());
	}

	void succeed(String id, int rowsDone, ImportResult result) {
		this.mongo.updateFirst(inStatus(id, ImportJobStatus.RUNNING),
				ended(counts(rowsDone, result), ImportJobStatus.SUCCEEDED, null, this.clock.instant()),
				ImportJob.class);
	}

	void refuse(String id, List<FieldProblem> errors, int totalErrors, Phrase reason) {
		this.mongo.updateFirst(inStatus(id, ImportJobStatus.RUNNING),
				ended(ImportJobStatus.FAILED, reason, this.clock.instant())
					.set("errors", errors.stream().map(JobError::of).toList())
					.set("totalErrors", totalErrors),
				ImportJob.class);
	}

	void end(String id, ImportJobStatus status, Phrase reason) {
		this.mongo.updateFirst(
				Query.query(
						Criteria.where("_id").is(id).and("status").in(ImportJobStatus.QUEUED, ImportJobStatus.RUNNING)),
				ended(status, reason, this.clock.instant()), ImportJob.class);
	}

	/** Tells every instance that this one still holds these jobs. */
	void heartbeat(Collection<String> ids) {
		if (!ids.isEmpty()) {
			this.mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
					new Update().set("heartbeatAt", this.clock.instant()), ImportJob.class);
		}
	}

	/**
	 * Gives up the jobs whose instance stopped without ending them.
	 * @param staleAfter how long without a heartbeat
	 * @return how many jobs were given up
	 */
	long failAbandoned(Duration staleAfter) {
		Instant now = this.clock.instant();
		Query abandoned = Query.query(Criteria.where("status")
			.in(ImportJobStatus.QUEUED, ImportJobStatus.RUNNING)
			.and("heartbeatAt")
			.lt(now.minus(staleAfter)));
		return this.mongo.updateMulti(abandoned, ended(ImportJobStatus.FAILED, Phrase.of("import.job.abandoned",
				"The instance holding this import stopped without a sign of life for {0} s. Each row written before "
						+ "stays whole and consistent; import the same file again: rows already written are found "
						+ "unchanged.",
				String.valueOf(staleAfter.toSeconds())), now), ImportJob.class)
			.getModifiedCount();
	}

	private static Query inStatus(String id, ImportJobStatus status) {
		return Query.query(Criteria.where("_id").is(id).and("status").is(status));
	}

	private static Update ended(ImportJobStatus status, Phrase reason, Instant now) {
		return ended(new Update(), status, reason, now);
	}

	/**
	 * Ends a job with its reason, kept in English beside its phrase so that older readers
	 * and the logs still have it.
	 */
	private static Update ended(Update update, ImportJobStatus status, Phrase reason, Instant now) {
		return update.set("status", status)
			.set("reason", (reason != null) ? reason.inEnglish() : null)
			.set("reasonPhrase", reason)
			.set("finishedAt", now)
			.set("updatedAt", now);
	}

}
