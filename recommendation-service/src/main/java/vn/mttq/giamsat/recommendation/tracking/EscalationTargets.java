package vn.mttq.giamsat.recommendation.tracking;

/**
 * Finds where an escalation goes, and what the bodies are called, from this service's
 * copy of the organisation directory.
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
	 * Returns the name of an organisation for the notes people read, or its id when the
	 * directory does not know it.
	 * @param organisationId the organisation
	 * @return its official name, else its id
	 */
	default String nameOf(String organisationId) {
		return organisationId;
	}

	/**
	 * A body to escalate to.
	 *
	 * @param organisationId the body
	 * @param reason why it, in Vietnamese
	 */
	record Target(String organisationId, String reason) {
	}

}
