package vn.mttq.giamsat.recommendation.deadline;

/**
 * The event a deadline is counted from. The day of the event itself is not counted (Civil
 * Code 2015, Art. 147).
 */
public enum DeadlineStart {

	/** Ngày ban hành: the date printed on the recommendation letter. */
	ISSUE,

	/** Ngày nhận: the day the agency received the letter. */
	DELIVERY,

	/** Ngày xác nhận: the day the agency acknowledged receipt. */
	ACKNOWLEDGEMENT

}
