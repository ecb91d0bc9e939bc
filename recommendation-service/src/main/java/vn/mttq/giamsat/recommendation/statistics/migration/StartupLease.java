package vn.mttq.giamsat.recommendation.statistics.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Runs a start-up step of the statistics one instance at a time, a batch at a time: under
 * a lease renewed after each batch; an instance that finds the lease taken waits until no
 * work is left, or takes over once the lease expires (its holder died). The step's
 * batches must be safe to repeat, as a batch interrupted by a crash is done again by the
 * next holder.
 */
final class StartupLease {

	private static final Logger log = LoggerFactory.getLogger(StartupLease.class);

	private final LockProvider locks;

	private final String name;

	private final Duration lease;

	StartupLease(MongoTemplate mongo, String name, Duration lease) {
		this.locks = new MongoLockProvider(mongo.getCollection("scheduler_leases"));
		this.name = name;
		this.lease = lease;
	}

	/**
	 * Works through the batches while work is left, or waits while another instance does.
	 * @param remaining whether any work is left
	 * @param batch does one batch and says how much it did; nothing (0) ends the holding
	 * of the lease, and the work goes on under a new one while work is left
	 * @return how much this instance did
	 */
	int work(BooleanSupplier remaining, IntSupplier batch) {
		int done = 0;
		while (remaining.getAsBoolean()) {
			Optional<SimpleLock> held = this.locks
				.lock(new LockConfiguration(Instant.now(), this.name, this.lease, Duration.ZERO));
			if (held.isPresent()) {
				done += workUnder(held.get(), batch);
			}
			else {
				log.info("Another instance holds {}; waiting", this.name);
				pause();
			}
		}
		return done;
	}

	private int workUnder(SimpleLock lease, IntSupplier batch) {
		SimpleLock held = lease;
		int done = 0;
		try {
			for (int did = batch.getAsInt(); did > 0; did = batch.getAsInt()) {
				done += did;
				log.info("{}: {} done", this.name, done);
				Optional<SimpleLock> renewed = held.extend(this.lease, Duration.ZERO);
				if (renewed.isEmpty()) {
					// Expired and taken by another instance, which finishes the work.
					held = null;
					return done;
				}
				held = renewed.get();
			}
			return done;
		}
		finally {
			if (held != null) {
				held.unlock();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a statistics start-up step", ex);
		}
	}

}
