package vn.mttq.giamsat.recommendation.tracking;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.web.StaleVersionException;

/**
 * Takes the steps people take on a recommendation: the agency's receipt, answer and
 * reports, the Front's verification, closing, escalation and deadline changes.
 */
@Service
class LifecycleSteps {

	private static final int ATTEMPTS = 5;

	private final RecommendationTracking tracking;

	private final RecommendationStore store;

	private final DueDates dueDates;

	private final SchedulePolicy policy;

	private final EscalationTargets targets;

	private final MeterRegistry meters;

	private final Clock clock;

	LifecycleSteps(RecommendationTracking tracking, RecommendationStore store, DueDates dueDates, SchedulePolicy policy,
			EscalationTargets targets, MeterRegistry meters, Clock clock) {
		this.tracking = tracking;
		this.store = store;
		this.dueDates = dueDates;
		this.policy = policy;
		this.targets = targets;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Takes a step.
	 * @param id the recommendation
	 * @param step what to do
	 * @param actor who does it
	 * @param expectedVersion the version the actor decided on ({@code If-Match}), or
	 * {@code null} to act on the current state; either way the guards are checked against
	 * the state the step is written on
	 * @return the recommendation after the step
	 * @throws StaleVersionException if the recommendation changed since the expected
	 * version
	 */
	TrackedRecommendation take(String id, TakeStep step, Actor actor, Long expectedVersion) {
		for (int attempt = 1;; attempt++) {
			TrackedRecommendation recommendation = this.tracking.get(id, actor);
			if (expectedVersion != null && !expectedVersion.equals(recommendation.version())) {
				throw new StaleVersionException("Recommendation", id, recommendation.version());
			}
			recommendation.take(step, actor, this.clock.instant(), this.dueDates, this.policy, this.targets);
			try {
				this.store.update(recommendation);
				this.meters.counter("recommendation.steps", "action", step.action().name()).increment();
				return recommendation;
			}
			catch (OptimisticLockingFailureException ex) {
				// Changed between our read and our write: decide again on the new state.
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
