package vn.mttq.giamsat.recommendation.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.domain.StaleVersionException;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Takes the steps people take on a recommendation: the agency's receipt, answer and
 * reports, the Front's verification, closing, escalation and deadline changes.
 */
@Service
public class LifecycleSteps {

	private final RecommendationStore store;

	private final DueDates dueDates;

	private final SchedulePolicy policy;

	private final EscalationTargets targets;

	private final StepDocuments documents;

	private final MeterRegistry meters;

	private final Clock clock;

	LifecycleSteps(RecommendationStore store, DueDates dueDates, SchedulePolicy policy, EscalationTargets targets,
			StepDocuments documents, MeterRegistry meters, Clock clock) {
		this.store = store;
		this.dueDates = dueDates;
		this.policy = policy;
		this.targets = targets;
		this.documents = documents;
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
	 * @throws vn.mttq.giamsat.support.domain.BusinessRuleException on
	 * {@code documents[i]} for a document the step cannot take
	 */
	public TrackedRecommendation take(String id, Step step, Actor actor, Long expectedVersion) {
		TrackedRecommendation taken = this.store.change(id, (recommendation) -> {
			if (!recommendation.visibleTo(actor)) {
				throw new ResourceNotFoundException("Recommendation", id);
			}
			if (expectedVersion != null && !expectedVersion.equals(recommendation.version())) {
				throw new StaleVersionException("Recommendation", id, recommendation.version());
			}
			new StepGuards(recommendation).check(step, actor,
					LocalDate.ofInstant(this.clock.instant(), TrackedRecommendation.VIETNAM));
			List<DocumentReference> references = this.documents.forStep(id, step.documents(), actor);
			recommendation.take(step, references, actor, this.clock.instant(), this.dueDates, this.policy,
					this.targets);
			return true;
		}).orElseThrow(() -> new ResourceNotFoundException("Recommendation", id));
		List<HistoryEntry> history = taken.history();
		this.documents.attach(id, step.documents(), history.get(history.size() - 1).publishedEventId());
		this.meters.counter("recommendation.steps", "action", step.action().name()).increment();
		return taken;
	}

}
