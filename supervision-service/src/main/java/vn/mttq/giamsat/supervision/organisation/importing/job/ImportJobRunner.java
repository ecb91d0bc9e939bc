package vn.mttq.giamsat.supervision.organisation.importing.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.supervision.organisation.importing.DirectoryImporting;
import vn.mttq.giamsat.supervision.organisation.importing.ImportRefusedException;
import vn.mttq.giamsat.supervision.organisation.importing.ImportResult;
import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Runs import jobs on a few threads of their own with a bounded number waiting, so that
 * imports neither hold request threads nor pile up: a submission beyond that is refused
 * at once. A stopping instance ends the jobs it holds as failed, with the reason.
 */
@Component
class ImportJobRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

	private final DirectoryImporting importing;

	private final ImportJobs jobs;

	private final ThreadPoolExecutor executor;

	/** One permit per job running or waiting. */
	private final Semaphore accepted;

	private final int capacity;

	private final Set<String> held = ConcurrentHashMap.newKeySet();

	ImportJobRunner(DirectoryImporting importing, ImportJobs jobs,
			@Value("${giamsat.directory.import.threads:1}") int threads,
			@Value("${giamsat.directory.import.queue-capacity:4}") int queueCapacity) {
		this.importing = importing;
		this.jobs = jobs;
		this.capacity = threads + queueCapacity;
		this.accepted = new Semaphore(this.capacity);
		AtomicInteger number = new AtomicInteger();
		// The semaphore bounds the queue; the executor never has to refuse.
		this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
				(runnable) -> {
					Thread thread = new Thread(runnable, "directory-import-" + number.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/**
	 * Queues a CSV or XLSX file for import.
	 * @return the queued job
	 * @throws ImportsBusyException when every thread is busy and the queue is full
	 */
	ImportJob submit(ImportUpload file, boolean organisations, RecordedActor actor) {
		if (!this.accepted.tryAcquire()) {
			throw new ImportsBusyException(this.capacity);
		}
		try {
			ImportJob job = this.jobs.queue(organisations ? ImportJob.ORGANISATIONS : ImportJob.UNITS, actor);
			this.held.add(job.id());
			this.executor.execute(() -> run(job.id(), file, organisations, actor));
			return job;
		}
		catch (RuntimeException ex) {
			this.accepted.release();
			throw ex;
		}
	}

	/** The jobs this instance holds, running or waiting. */
	Set<String> held() {
		return Set.copyOf(this.held);
	}

	private void run(String id, ImportUpload file, boolean organisations, RecordedActor actor) {
		JobProgress progress = new JobProgress(id, this.jobs);
		try {
			if (this.jobs.start(id)) {
				ImportResult result = this.importing.importTable(file.content(), file.charset(), organisations, actor,
						progress);
				this.jobs.succeed(id, progress.rowsDone(), result);
			}
		}
		catch (ImportRefusedException ex) {
			this.jobs.refuse(id, ex.errors(), ex.totalErrors(), ex.phrase());
		}
		catch (JobProgress.StoppedException ex) {
			this.jobs.end(id, ex.status(), ex.reason());
		}
		catch (ConflictException ex) {
			this.jobs.end(id, ImportJobStatus.FAILED, Phrase.of("import.job.conflict", "{0} (after {1} rows)",
					ex.phrase(), String.valueOf(progress.rowsDone())));
		}
		catch (RuntimeException ex) {
			log.error("Directory import {} stopped by an error", id, ex);
			this.jobs.end(id, ImportJobStatus.FAILED,
					Phrase.of("import.job.failed",
							"An internal error stopped the import after {0} rows; it has been logged. Each row written "
									+ "stays whole; import the same file again.",
							String.valueOf(progress.rowsDone())));
		}
		finally {
			this.held.remove(id);
			this.accepted.release();
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		for (String id : held()) {
			this.jobs.end(id, ImportJobStatus.FAILED,
					Phrase.of("import.job.service-stopped",
							"The service stopped before the import ended. Each row written before stays whole and "
									+ "consistent; import the same file again."));
		}
	}

}
