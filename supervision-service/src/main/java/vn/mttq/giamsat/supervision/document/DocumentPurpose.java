package vn.mttq.giamsat.supervision.document;

/**
 * Why a paper was added to an activity.
 */
public enum DocumentPurpose {

	/** The signed and stamped scan of one of its letters. */
	SIGNED_LETTER,

	/** Minutes of a session or working meeting (biên bản). */
	MINUTES,

	/** The Front body's conclusion (kết luận, thông báo kết quả). */
	CONCLUSION,

	/** Anything else the activity keeps. */
	OTHER

}
