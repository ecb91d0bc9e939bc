package vn.mttq.giamsat.support.security;

import java.util.Set;

/**
 * Who is acting: the authenticated user and the organisation they act for, taken from the
 * token, never from the request body. Recorded with every change.
 *
 * @param userId the user, as the issuer names them
 * @param organisationId the organisation the user belongs to
 * @param roles the user's roles
 */
public record Actor(String userId, String organisationId, Set<Role> roles) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Tells whether this actor sees only what concerns their own organisation.
	 * @return {@code true} for an agency officer who holds no wider role
	 */
	public boolean limitedToOwnOrganisation() {
		return has(Role.AGENCY_OFFICER) && !has(Role.FRONT_OFFICIAL) && !has(Role.MONITOR) && !has(Role.ADMIN);
	}

	/**
	 * The part of an actor that is stored with a change.
	 * @return user and organisation
	 */
	public RecordedActor recorded() {
		return new RecordedActor(this.userId, this.organisationId);
	}

}
