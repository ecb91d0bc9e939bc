package vn.mttq.giamsat.recommendation.statistics;

/**
 * The level (cấp) of the Front body that issued a recommendation, as it was on the
 * letter's date; statistics keep it so that figures before and after the 2025 reform are
 * not mixed.
 */
public enum IssuingLevel {

	/** Trung ương. */
	CENTRAL,

	/** Cấp tỉnh. */
	PROVINCE,

	/** Cấp huyện, before 1 July 2025 only. */
	DISTRICT,

	/** Cấp xã. */
	COMMUNE,

	/** The event did not say, or named a level this service does not know yet. */
	UNKNOWN;

	static IssuingLevel of(String level) {
		if (level == null) {
			return UNKNOWN;
		}
		for (IssuingLevel known : values()) {
			if (known.name().equals(level)) {
				return known;
			}
		}
		return UNKNOWN;
	}

}
