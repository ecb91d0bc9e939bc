package vn.mttq.giamsat.recommendation.tracking;

/**
 * Finds where an escalation goes, from this service's copy of the organisation directory.
 */
@FunctionalInterface
public interface EscalationTargets {

	/**
	 * Returns the body to escalate to.
	 * @param recommendation the recommendation
	 * @param step 1 for the first escalation (the agency's superior), 2 and later for the
	 * Front one level up
	 * @return the body and why it was chosen
	 */
	Target targetFor(TrackedRecommendation recommendation, int step);

	/**
	 * A body to escalate to.
	 *
	 * @param organisationId the body
	 * @param reason why it, in Vietnamese
	 */
	record Target(String organisationId, String reason) {
	}

}
