package vn.mttq.giamsat.recommendation.tracking;

import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;

/**
 * Who took a step, as stored in the history and published with the event.
 *
 * @param kind {@code PERSON} or {@code SYSTEM}
 * @param userId the user, {@code null} for the system
 * @param organisationId the organisation acted for, {@code null} for the system
 * @param role the role acted in, {@code null} for the system
 */
public record StepActor(String kind, String userId, String organisationId, String role) {

	/** The scheduler and the service itself. */
	public static final StepActor SYSTEM = new StepActor("SYSTEM", null, null, null);

	/** The service acting for an organisation: the issuing body, the addressee. */
	static StepActor systemFor(String organisationId) {
		return new StepActor("SYSTEM", null, organisationId, null);
	}

	static StepActor person(Actor actor, Role role) {
		return new StepActor("PERSON", actor.userId(), actor.organisationId(), role.name());
	}

	static StepActor person(String userId, String organisationId, Role role) {
		return new StepActor("PERSON", userId, organisationId, role.name());
	}

}
