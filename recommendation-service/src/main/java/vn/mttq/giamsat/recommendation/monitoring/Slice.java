package vn.mttq.giamsat.recommendation.monitoring;

import java.util.Set;

import io.micrometer.core.instrument.Tags;

import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;

/**
 * The {@code level} and {@code form} tags of a recommendation's meters, from a bounded
 * set of values: the issuing body's level, and the supervision form when there is one,
 * else the activity kind; {@code UNKNOWN} when the item does not say (items tracked
 * before it was recorded) or names a value this service does not know.
 *
 * @param level {@code CENTRAL}, {@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE} or
 * {@code UNKNOWN}
 * @param form a supervision form, an activity kind or {@code UNKNOWN}
 */
record Slice(String level, String form) {

	static final String UNKNOWN = "UNKNOWN";

	private static final Set<String> LEVELS = Set.of("CENTRAL", "PROVINCE", "DISTRICT", "COMMUNE");

	private static final Set<String> FORMS = Set.of("DOCUMENT_REVIEW", "DELEGATION", "PEOPLES_INSPECTION_BOARD",
			"COMMUNITY_INVESTMENT_BOARD", "JOINT_SUPERVISION");

	private static final Set<String> KINDS = Set.of("SUPERVISION", "SOCIAL_CRITICISM", "OPINION_CONTRIBUTION",
			"DIALOGUE_CONFERENCE");

	static Slice of(TrackedRecommendation recommendation) {
		return of(recommendation.level(), recommendation.supervisionForm(), recommendation.activityKind());
	}

	static Slice of(String level, String supervisionForm, String activityKind) {
		String form = UNKNOWN;
		if (FORMS.contains(supervisionForm)) {
			form = supervisionForm;
		}
		else if (KINDS.contains(activityKind)) {
			form = activityKind;
		}
		return new Slice(LEVELS.contains(level) ? level : UNKNOWN, form);
	}

	Tags tags() {
		return Tags.of("level", this.level, "form", this.form);
	}

}
