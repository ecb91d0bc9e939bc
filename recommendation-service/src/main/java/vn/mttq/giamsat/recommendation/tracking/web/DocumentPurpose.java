package vn.mttq.giamsat.recommendation.tracking.web;

/**
 * Why a file was uploaded on a recommendation.
 */
enum DocumentPurpose {

	/** The agency's signed reply (văn bản trả lời). */
	REPLY,

	/** Evidence of what was done (tài liệu minh chứng). */
	EVIDENCE,

	/** Anything else that belongs with the item. */
	OTHER

}
