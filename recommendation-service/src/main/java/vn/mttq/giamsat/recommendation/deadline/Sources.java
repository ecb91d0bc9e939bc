package vn.mttq.giamsat.recommendation.deadline;

/**
 * The English of a calendar file's reference, so that no English text quotes a Vietnamese
 * one untranslated.
 */
final class Sources {

	private Sources() {
	}

	/**
	 * The English reference given, or a plain description of where the day comes from.
	 */
	static String english(String sourceEn, int year) {
		return (sourceEn != null) ? sourceEn : "the announcement of the days off of " + year;
	}

}
