package vn.mttq.giamsat.supervision.activity;

/**
 * Căn cứ tiến hành: why an activity was started (NQLT 403 Art. 2.1).
 */
public enum InitiationBasis {

	/** Chương trình, kế hoạch hằng năm. */
	ANNUAL_PLAN,

	/** Chương trình phối hợp với cơ quan, tổ chức khác. */
	JOINT_PROGRAMME,

	/** Đề xuất của tổ chức thành viên. */
	MEMBER_PROPOSAL,

	/** Đơn thư, kiến nghị của nhân dân. */
	PETITION,

	/** Thông tin trên báo chí. */
	PRESS_REPORT,

	/** Yêu cầu của Mặt trận cấp trên hoặc cơ quan có thẩm quyền. */
	SUPERIOR_REQUEST,

	/** Khác. */
	OTHER

}
