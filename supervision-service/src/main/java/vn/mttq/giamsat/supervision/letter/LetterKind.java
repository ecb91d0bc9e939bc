package vn.mttq.giamsat.supervision.letter;

import java.util.Set;

import vn.mttq.giamsat.supervision.activity.ActivityKind;

/**
 * What a letter is: which activity it concludes decides which kinds it may be.
 */
public enum LetterKind {

	/** Văn bản kiến nghị (sau giám sát). */
	RECOMMENDATION,

	/** Văn bản phản biện xã hội (Law Art. 35, NQLT 403 Art. 18). */
	SOCIAL_CRITICISM,

	/** Văn bản góp ý (Decision 218-QĐ/TW), also after a dialogue conference. */
	OPINION;

	/**
	 * The kind a letter of an activity has when the official names none.
	 * @param activity the activity's kind
	 * @return the usual kind of its letters
	 */
	static LetterKind usualFor(ActivityKind activity) {
		return switch (activity) {
			case SUPERVISION -> RECOMMENDATION;
			case SOCIAL_CRITICISM -> SOCIAL_CRITICISM;
			case OPINION_CONTRIBUTION, DIALOGUE_CONFERENCE -> OPINION;
		};
	}

	/**
	 * The kinds a letter of an activity may have: a recommendation may follow any
	 * activity, the other two only their own.
	 * @param activity the activity's kind
	 * @return the allowed kinds
	 */
	static Set<LetterKind> allowedFor(ActivityKind activity) {
		return java.util.EnumSet.of(RECOMMENDATION, usualFor(activity));
	}

}
