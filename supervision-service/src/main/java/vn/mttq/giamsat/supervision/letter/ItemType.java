package vn.mttq.giamsat.supervision.letter;

/**
 * What a recommendation asks for.
 */
public enum ItemType {

	/** Khắc phục vi phạm, thiếu sót. */
	REMEDY_VIOLATION,

	/** Sửa đổi, bổ sung chính sách, pháp luật. */
	AMEND_POLICY,

	/** Xem xét trách nhiệm của cơ quan, tổ chức, cá nhân (Law Art. 28.7). */
	CONSIDER_RESPONSIBILITY,

	/** Khác. */
	OTHER

}
