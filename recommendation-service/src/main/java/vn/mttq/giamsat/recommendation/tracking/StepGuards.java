package vn.mttq.giamsat.recommendation.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import vn.mttq.giamsat.recommendation.tracking.LifecycleAction.Party;
import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.InvalidStateException;
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
		String refusal = stateRefusal(step.action());
		if (refusal != null) {
			throw new InvalidStateException(refusal, this.recommendation.status().name(),
					allowedActions(actor).stream().map(Enum::name).toList());
		}
		requireContent(step, today);
		return role;
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
			String who = (action.party() == Party.AGENCY)
					? "officers of the addressee agency '" + this.recommendation.addresseeAgencyId() + "'"
					: "Front officials of the issuing body '" + this.recommendation.issuingBodyId() + "'";
			throw new ForbiddenException("Only " + who + " may " + action.name() + " this recommendation");
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
	private String stateRefusal(LifecycleAction action) {
		RecommendationStatus status = this.recommendation.status();
		if (!action.allowedFrom(status)) {
			return action.name() + " is not allowed while the recommendation is " + status;
		}
		return switch (action) {
			case ACKNOWLEDGE ->
				(this.recommendation.reply().acknowledgedAt() != null) ? "The receipt was already acknowledged" : null;
			case PAUSE -> this.recommendation.paused() ? "The deadline is already paused" : null;
			case RESUME -> this.recommendation.paused() ? null : "The deadline is not paused";
			case EXTEND -> (this.recommendation.dueDate() == null) ? "There is no running due date to extend" : null;
			default -> null;
		};
	}

	private void requireContent(Step step, LocalDate today) {
		LifecycleAction action = step.action();
		if (action.noteRequired() && !step.hasNote()) {
			throw new BusinessRuleException("note", action.name() + " needs a note: " + noteMeaning(action));
		}
		if (action == LifecycleAction.REPORT_RESOLUTION && step.attachments().isEmpty()) {
			throw new BusinessRuleException("attachments",
					"A resolution report needs at least one attachment as evidence");
		}
		if ((action == LifecycleAction.EXTEND) != (step.days() != null)) {
			throw new BusinessRuleException("days", (action == LifecycleAction.EXTEND)
					? "EXTEND needs the number of days to add" : "days is only for EXTEND");
		}
		if (step.dueDate() != null) {
			if (action != LifecycleAction.REOPEN) {
				throw new BusinessRuleException("dueDate", "dueDate is only for REOPEN");
			}
			if (!step.dueDate().isAfter(today)) {
				throw new BusinessRuleException("dueDate", "The new due date must be after today");
			}
		}
		if (step.escalateTo() != null) {
			if (action != LifecycleAction.ESCALATE) {
				throw new BusinessRuleException("escalateTo", "escalateTo is only for ESCALATE");
			}
			if (step.escalateTo().equals(this.recommendation.addresseeAgencyId())
					|| step.escalateTo().equals(this.recommendation.issuingBodyId())) {
				throw new BusinessRuleException("escalateTo",
						"An escalation goes to another body than the addressee and the issuing body");
			}
		}
	}

	private static String noteMeaning(LifecycleAction action) {
		return switch (action) {
			case ACCEPT -> "what the agency will do";
			case EXPLAIN -> "why the agency does not accept it";
			case REQUEST_REVIEW -> "the grounds for the review";
			case REPORT_PROGRESS, REPORT_RESOLUTION -> "what was done";
			case SEND_BACK, CLOSE_UNRESOLVED -> "why it is not resolved";
			case EXTEND, PAUSE, WITHDRAW, REOPEN, TAKE_TO_DIALOGUE, ESCALATE -> "the reason";
			default -> "the content";
		};
	}

}
