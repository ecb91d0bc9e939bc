package vn.mttq.giamsat.recommendation.deadline;

/**
 * Why a day is not a working day for the civil service.
 */
public enum DayOffKind {

	/** Nghỉ hằng tuần: Saturday or Sunday (Labour Code 2019, Art. 111). */
	WEEKEND,

	/** Ngày lễ, tết: a public holiday (Labour Code 2019, Art. 112). */
	HOLIDAY,

	/**
	 * Nghỉ bù: the working day off given for a holiday that fell on a weekly rest day
	 * (Labour Code 2019, Art. 111.3).
	 */
	COMPENSATORY_DAY_OFF,

	/**
	 * Nghỉ do hoán đổi: a working day off in exchange for a Saturday worked, as a yearly
	 * announcement arranges.
	 */
	SWAPPED_DAY_OFF

}
