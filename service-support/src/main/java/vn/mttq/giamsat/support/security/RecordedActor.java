package vn.mttq.giamsat.support.security;

/**
 * The actor as stored with a change: who did it, for which organisation.
 *
 * @param userId the user
 * @param organisationId the organisation they acted for
 */
public record RecordedActor(String userId, String organisationId) {
}
