package vn.mttq.giamsat.recommendation.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The lease that lets one instance at a time run a scheduler pass: a ShedLock lock in
 * MongoDB, taken with a single-document atomic update, extended between the batches of a
 * long pass and given up at its end. A holder that dies loses it when it expires.
 */
class SchedulerLease {

	/** The collection the leases live in, one document per lease name. */
	static final String COLLECTION = "scheduler_leases";

	private final LockProvider locks;

	private final String name;

	private final Duration timeToLive;

	private volatile SimpleLock held;

	SchedulerLease(LockProvider locks, String name, Duration timeToLive) {
		this.locks = locks;
		this.name = name;
		this.timeToLive = timeToLive;
	}

	/**
	 * The lease of a name in the service's database.
	 * @param mongo the database
	 * @param name the lease's name
	 * @param timeToLive how long a holder keeps it without extending it
	 * @return the lease, not held
	 */
	static SchedulerLease in(MongoTemplate mongo, String name, Duration timeToLive) {
		return new SchedulerLease(new MongoLockProvider(mongo.getCollection(COLLECTION)), name, timeToLive);
	}

	/**
	 * Takes the lease if no other instance holds it.
	 * @return {@code true} if this instance holds it now
	 */
	boolean tryAcquire() {
		Optional<SimpleLock> lock = this.locks
			.lock(new LockConfiguration(Instant.now(), this.name, this.timeToLive, Duration.ZERO));
		this.held = lock.orElse(null);
		return this.held != null;
	}

	/**
	 * Extends the lease between batches of a long pass.
	 * @return {@code false} if the lease was lost (it expired and another instance took
	 * it)
	 */
	boolean renew() {
		SimpleLock lock = this.held;
		if (lock == null) {
			return false;
		}
		Optional<SimpleLock> extended = lock.extend(this.timeToLive, Duration.ZERO);
		this.held = extended.orElse(null);
		return this.held != null;
	}

	/** Gives the lease up at the end of a pass, so that any instance may run the next. */
	void release() {
		SimpleLock lock = this.held;
		this.held = null;
		if (lock != null) {
			lock.unlock();
		}
	}

}
