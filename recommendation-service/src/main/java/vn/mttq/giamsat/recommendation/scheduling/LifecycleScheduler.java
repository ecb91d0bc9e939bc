package vn.mttq.giamsat.recommendation.scheduling;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.recommendation.deadline.DeadlineDataException;
import vn.mttq.giamsat.recommendation.deadline.DeadlineEngine;
import vn.mttq.giamsat.recommendation.deadline.WorkingCalendar;
import vn.mttq.giamsat.recommendation.tracking.LifecycleProperties;
import vn.mttq.giamsat.recommendation.tracking.ScheduledSteps;
import vn.mttq.giamsat.support.PeriodicTask;

/**
 * Runs the scheduler passes: at start (catching up whatever fell due while the service
 * was down), then every {@code giamsat.lifecycle.scheduler-interval}. A pass first
 * reloads the calendar data and recomputes open due dates if it changed, then takes the
 * steps due. Only the instance holding the lease runs a pass.
 */
@Component
public class LifecycleScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LifecycleScheduler.class);

	private final ScheduledSteps steps;

	private final WorkingCalendar calendar;

	private final DeadlineEngine engine;

	private final SchedulerLease lock;

	private final LifecycleProperties properties;

	private final MeterRegistry meters;

	private volatile String recalculatedFor;

	private final PeriodicTask task = new PeriodicTask("lifecycle-scheduler");

	LifecycleScheduler(ScheduledSteps steps, WorkingCalendar calendar, DeadlineEngine engine, MongoTemplate mongo,
			LifecycleProperties properties, MeterRegistry meters) {
		this.steps = steps;
		this.calendar = calendar;
		this.engine = engine;
		this.properties = properties;
		this.meters = meters;
		this.lock = SchedulerLease.in(mongo, "lifecycle-scheduler", properties.lockTimeToLive());
	}

	/**
	 * Runs one pass now, if no other instance is running one.
	 * @return the result of the pass
	 */
	public Pass runPass() {
		if (!this.lock.tryAcquire()) {
			this.meters.counter("recommendation.scheduler.passes", "outcome", "skipped").increment();
			return new Pass(false, 0, 0);
		}
		Timer.Sample sample = Timer.start(this.meters);
		try {
			int recalculated = 0;
			boolean calendarChanged = reloadCalendar();
			String version = this.engine.calendarVersion();
			if (calendarChanged || !version.equals(this.recalculatedFor)) {
				recalculated = this.steps.recalculate(version);
				this.recalculatedFor = version;
			}
			int taken = this.steps.runDue(this.lock::renew);
			this.meters.counter("recommendation.scheduler.passes", "outcome", "ran").increment();
			return new Pass(true, taken, recalculated);
		}
		finally {
			sample.stop(this.meters.timer("recommendation.scheduler.pass"));
			this.lock.release();
		}
	}

	/**
	 * Reloads the calendar data; a malformed file is reported and the calendar loaded
	 * before stays in use, so reminders and escalations go on.
	 */
	private boolean reloadCalendar() {
		try {
			return this.calendar.reload();
		}
		catch (DeadlineDataException ex) {
			log.error("The calendar data could not be reloaded; the calendar loaded before stays in use: {}",
					ex.getMessage());
			this.meters.counter("recommendation.calendar.reload.failed").increment();
			return false;
		}
	}

	private void safePass() {
		try {
			Pass pass = runPass();
			if (pass.steps() > 0 || pass.recalculated() > 0) {
				log.info("Scheduler pass: {} steps taken, {} due dates recomputed", pass.steps(), pass.recalculated());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Scheduler pass failed; the next pass catches up: {}", ex.toString());
		}
	}

	@Override
	public void start() {
		if (!this.properties.schedulerEnabled()) {
			log.info("The lifecycle scheduler runs only on demand (giamsat.lifecycle.scheduler-enabled=false)");
			return;
		}
		this.task.start(this::safePass, Duration.ZERO, this.properties.schedulerInterval());
	}

	@Override
	public void stop() {
		this.task.stop();
	}

	@Override
	public boolean isRunning() {
		return this.task.isRunning();
	}

	/**
	 * What a pass did.
	 *
	 * @param ran {@code false} if another instance held the lease
	 * @param steps how many reminders, overdue marks and escalations were taken
	 * @param recalculated how many due dates changed with the calendar
	 */
	public record Pass(boolean ran, int steps, int recalculated) {
	}

}
