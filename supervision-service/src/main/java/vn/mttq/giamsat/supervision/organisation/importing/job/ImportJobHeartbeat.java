package vn.mttq.giamsat.supervision.organisation.importing.job;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.support.PeriodicTask;

/**
 * Tells, at a fixed interval, that this instance still holds its import jobs, and gives
 * up the jobs of an instance that stopped telling (a crash, a killed process) as failed
 * with the reason, so that no job stays running for ever.
 */
@Component
class ImportJobHeartbeat implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ImportJobHeartbeat.class);

	private final PeriodicTask task = new PeriodicTask("directory-import-heartbeat");

	private final ImportJobs jobs;

	private final ImportJobRunner runner;

	private final Duration interval;

	private final Duration staleAfter;

	ImportJobHeartbeat(ImportJobs jobs, ImportJobRunner runner,
			@Value("${giamsat.directory.import.heartbeat:15s}") Duration interval,
			@Value("${giamsat.directory.import.stale-after:2m}") Duration staleAfter) {
		this.jobs = jobs;
		this.runner = runner;
		this.interval = interval;
		this.staleAfter = staleAfter;
	}

	void beat() {
		try {
			this.jobs.heartbeat(this.runner.held());
			long abandoned = this.jobs.failAbandoned(this.staleAfter);
			if (abandoned > 0) {
				log.warn("Gave up {} directory import(s) whose instance stopped", abandoned);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Directory import heartbeat failed: {}", ex.toString());
		}
	}

	@Override
	public void start() {
		this.task.start(this::beat, this.interval, this.interval);
	}

	@Override
	public void stop() {
		this.task.stop();
	}

	@Override
	public boolean isRunning() {
		return this.task.isRunning();
	}

}
