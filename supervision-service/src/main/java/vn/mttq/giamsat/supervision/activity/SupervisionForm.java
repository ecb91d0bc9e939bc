package vn.mttq.giamsat.supervision.activity;

/**
 * Hình thức giám sát: the forms of the Law on the Fatherland Front, Art. 27.
 */
public enum SupervisionForm {

	/** Nghiên cứu, xem xét văn bản. */
	DOCUMENT_REVIEW,

	/** Đoàn giám sát. */
	DELEGATION,

	/** Through the People's Inspection Board (Ban Thanh tra nhân dân). */
	PEOPLES_INSPECTION_BOARD,

	/**
	 * Through the Community Investment Supervision Board (Ban Giám sát đầu tư của cộng
	 * đồng).
	 */
	COMMUNITY_INVESTMENT_BOARD,

	/** Tham gia giám sát: joining a supervision led by a competent body. */
	JOINT_SUPERVISION

}
