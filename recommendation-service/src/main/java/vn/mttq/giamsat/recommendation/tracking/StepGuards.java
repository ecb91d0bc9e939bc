package vn.mttq.giamsat.recommendation.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import vn.mttq.giamsat.recommendation.tracking.LifecycleAction.Party;
import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.InvalidStateException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;

/**
 * The guards on a person's step on one recommendation: which party may take the action,
 * the states that refuse it, and the content it must carry.
 */
final class StepGuards {

	private final TrackedRecommendation recommendation;

	StepGuards(TrackedRecommendation recommendation) {
		this.recommendation = recommendation;
	}

	/**
	 * Checks a step before it is taken.
	 * @return the role the actor takes it in
	 * @throws ForbiddenException the actor is not on the side the action belongs to
	 * @throws InvalidStateException the action is not allowed in the current status
	 * @throws BusinessRuleException the step lacks required content
	 */
	Role check(Step step, Actor actor, LocalDate today) {
		Role role = requireParty(step.action(), actor);
		Phrase refusal = stateRefusal(step.action());
		if (refusal != null) {
			throw new InvalidStateException(refusal, this.recommendation.status().name(),
					allowedActions(actor).stream().map(Enum::name).toList());
		}
		requireContent(step, today);
		return role;
	}

	/**
	 * Tells whether an actor takes steps on this recommendation: an officer of its
	 * addressee agency or an official of its issuing Front body.
	 */
	boolean takesSteps(Actor actor) {
		return Stream.of(LifecycleAction.values()).anyMatch((action) -> partyOf(action, actor) != null);
	}

	/** Lists what an actor may do now. */
	List<LifecycleAction> allowedActions(Actor actor) {
		return Stream.of(LifecycleAction.values())
			.filter((action) -> partyOf(action, actor) != null && stateRefusal(action) == null)
			.toList();
	}

	private Role requireParty(LifecycleAction action, Actor actor) {
		Role role = partyOf(action, actor);
		if (role == null) {
			throw new ForbiddenException((action.party() == Party.AGENCY)
					? Phrase.of("step.agency-only",
							"Only officers of the addressee agency ''{0}'' may {1} this recommendation",
							this.recommendation.addresseeAgencyId(), action(action))
					: Phrase.of("step.front-only",
							"Only Front officials of the issuing body ''{0}'' may {1} this recommendation",
							this.recommendation.issuingBodyId(), action(action)));
		}
		return role;
	}

	private Role partyOf(LifecycleAction action, Actor actor) {
		if (action.party() == Party.AGENCY) {
			return (actor.has(Role.AGENCY_OFFICER)
					&& this.recommendation.addresseeAgencyId().equals(actor.organisationId())) ? Role.AGENCY_OFFICER
							: null;
		}
		return (actor.has(Role.FRONT_OFFICIAL) && this.recommendation.issuingBodyId().equals(actor.organisationId()))
				? Role.FRONT_OFFICIAL : null;
	}

	/**
	 * Returns why an action is not allowed now, or {@code null} when it is.
	 */
	private Phrase stateRefusal(LifecycleAction action) {
		RecommendationStatus status = this.recommendation.status();
		if (!action.allowedFrom(status)) {
			return Phrase.of("step.not-allowed-in-status", "{0} is not allowed while the recommendation is {1}",
					action(action), Phrase.of("status." + status.name(), status.name()));
		}
		return switch (action) {
			case ACKNOWLEDGE -> (this.recommendation.reply().acknowledgedAt() != null)
					? Phrase.of("step.already-acknowledged", "The receipt was already acknowledged") : null;
			case PAUSE -> this.recommendation.paused()
					? Phrase.of("step.already-paused", "The deadline is already paused") : null;
			case RESUME ->
				this.recommendation.paused() ? null : Phrase.of("step.not-paused", "The deadline is not paused");
			case EXTEND -> (this.recommendation.dueDate() == null)
					? Phrase.of("step.no-due-date", "There is no running due date to extend") : null;
			default -> null;
		};
	}

	/** An action as people read it: its name in English, its label in Vietnamese. */
	private static Phrase action(LifecycleAction action) {
		return Phrase.of("action." + action.name(), action.name());
	}

	private void requireContent(Step step, LocalDate today) {
		LifecycleAction action = step.action();
		if (action.noteRequired() && !step.hasNote()) {
			throw new BusinessRuleException("note",
					Phrase.of("step.note-required", "{0} needs a note: {1}", action(action), noteMeaning(action)));
		}
		if (action == LifecycleAction.REPORT_RESOLUTION && step.documents().isEmpty()) {
			throw new BusinessRuleException("documents", Phrase.of("step.evidence-required",
					"A resolution report needs at least one uploaded document as evidence"));
		}
		if ((action == LifecycleAction.EXTEND) != (step.days() != null)) {
			throw new BusinessRuleException("days",
					(action == LifecycleAction.EXTEND)
							? Phrase.of("step.days-required", "EXTEND needs the number of days to add")
							: Phrase.of("step.days-only-for-extend", "days is only for EXTEND"));
		}
		if (step.dueDate() != null) {
			if (action != LifecycleAction.REOPEN) {
				throw new BusinessRuleException("dueDate",
						Phrase.of("step.due-date-only-for-reopen", "dueDate is only for REOPEN"));
			}
			if (!step.dueDate().isAfter(today)) {
				throw new BusinessRuleException("dueDate", Phrase.of("step.due-date-not-after-today",
						"The new due date {0} must be after today ({1})", day(step.dueDate()), day(today)));
			}
		}
		if (step.escalateTo() != null) {
			if (action != LifecycleAction.ESCALATE) {
				throw new BusinessRuleException("escalateTo",
						Phrase.of("step.escalate-to-only-for-escalate", "escalateTo is only for ESCALATE"));
			}
			if (step.escalateTo().equals(this.recommendation.addresseeAgencyId())
					|| step.escalateTo().equals(this.recommendation.issuingBodyId())) {
				throw new BusinessRuleException("escalateTo", Phrase.of("step.escalate-to-another-body",
						"An escalation goes to another body than the addressee and the issuing body"));
			}
		}
	}

	private static String day(LocalDate date) {
		return StepNotes.VI.day(date, "due-date.before.none");
	}

	private static Phrase noteMeaning(LifecycleAction action) {
		return switch (action) {
			case ACCEPT -> Phrase.of("step.note.accept", "what the agency will do");
			case EXPLAIN -> Phrase.of("step.note.explain", "why the agency does not accept it");
			case REQUEST_REVIEW -> Phrase.of("step.note.review", "the grounds for the review");
			case REPORT_PROGRESS, REPORT_RESOLUTION -> Phrase.of("step.note.report", "what was done");
			case SEND_BACK, CLOSE_UNRESOLVED -> Phrase.of("step.note.unresolved", "why it is not resolved");
			case EXTEND, PAUSE, WITHDRAW, REOPEN, TAKE_TO_DIALOGUE, ESCALATE ->
				Phrase.of("step.note.reason", "the reason");
			default -> Phrase.of("step.note.content", "the content");
		};
	}

}
