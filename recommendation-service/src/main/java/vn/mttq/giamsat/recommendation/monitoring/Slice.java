package vn.mttq.giamsat.recommendation.monitoring;

import java.util.List;
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

	/**
	 * The slices items are issued in: every level with every supervision form (an
	 * activity's form is required, whatever its kind). Items from before the form was
	 * recorded fall in the kind or {@code UNKNOWN} slices, which appear once counted.
	 * @return each level with each form
	 */
	static List<Slice> known() {
		return LEVELS.stream()
			.sorted()
			.flatMap((level) -> FORMS.stream().sorted().map((form) -> new Slice(level, form)))
			.toList();
	}

	static Slice of(TrackedRecommendation recommendation) {
		return of(recommendation.level(), recommendation.supervisionForm(), recommendation.activityKind());
	}

	static Slice of(String level, String supervisionForm, String activityKind) {
		String form = UNKNOWN;
		if (known(FORMS, supervisionForm)) {
			form = supervisionForm;
		}
		else if (known(KINDS, activityKind)) {
			form = activityKind;
		}
		return new Slice(known(LEVELS, level) ? level : UNKNOWN, form);
	}

	/**
	 * Immutable sets refuse to be asked about {@code null}: an absent value is unknown.
	 */
	private static boolean known(Set<String> values, String value) {
		return value != null && values.contains(value);
	}

	Tags tags() {
		return Tags.of("level", this.level, "form", this.form);
	}

}
