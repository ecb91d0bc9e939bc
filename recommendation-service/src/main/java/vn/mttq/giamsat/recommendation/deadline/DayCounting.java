package vn.mttq.giamsat.recommendation.deadline;

/**
 * How a period in days is counted (Civil Code 2015, Arts 144–148).
 */
public enum DayCounting {

	/**
	 * Ngày theo lịch: every day counts; only a last day that falls on a day off moves to
	 * the next working day (Civil Code Art. 148).
	 */
	CALENDAR_DAYS,

	/** Ngày làm việc: only working days count; weekends and holidays are skipped. */
	WORKING_DAYS

}
