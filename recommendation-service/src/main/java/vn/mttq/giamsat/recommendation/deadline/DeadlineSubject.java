package vn.mttq.giamsat.recommendation.deadline;

/**
 * What the deadline rules match on; every field may be {@code null} (unknown). Values are
 * the strings of the event contract ({@code RecommendationIssued}).
 *
 * @param letterKind {@code RECOMMENDATION}, {@code SOCIAL_CRITICISM} or {@code OPINION}
 * @param itemType {@code REMEDY_VIOLATION}, {@code AMEND_POLICY},
 * {@code CONSIDER_RESPONSIBILITY} or {@code OTHER}
 * @param activityKind {@code SUPERVISION}, {@code SOCIAL_CRITICISM},
 * {@code OPINION_CONTRIBUTION} or {@code DIALOGUE_CONFERENCE}
 * @param supervisionForm {@code DOCUMENT_REVIEW}, {@code DELEGATION},
 * {@code PEOPLES_INSPECTION_BOARD}, {@code COMMUNITY_INVESTMENT_BOARD} or
 * {@code JOINT_SUPERVISION}
 * @param level {@code CENTRAL}, {@code PROVINCE}, {@code DISTRICT} or {@code COMMUNE}
 */
public record DeadlineSubject(String letterKind, String itemType, String activityKind, String supervisionForm,
		String level) {

	/** A subject about which nothing is known. */
	public static DeadlineSubject unknown() {
		return new DeadlineSubject(null, null, null, null, null);
	}

}
