package vn.mttq.giamsat.supervision.organisation;

/**
 * Loại đơn vị: what an organisation of the directory is.
 */
public enum OrganisationKind {

	/** Ủy ban Mặt trận Tổ quốc: a Front committee, a supervising body. */
	FRONT_COMMITTEE,

	/**
	 * Tổ chức thành viên: a member organisation of the Front (the socio-political
	 * organisations and others), which may lead or co-lead supervision.
	 */
	MEMBER_ORGANISATION,

	/** Ủy ban nhân dân. */
	PEOPLES_COMMITTEE,

	/** Hội đồng nhân dân. */
	PEOPLES_COUNCIL,

	/** Sở, ban, ngành: a department or agency of a People's Committee. */
	DEPARTMENT,

	/** Ban Thanh tra nhân dân (Law 10/2022, ch. IV). */
	PEOPLES_INSPECTION_BOARD,

	/** Ban Giám sát đầu tư của cộng đồng (Law 10/2022, ch. IV). */
	COMMUNITY_INVESTMENT_BOARD,

	/** Any other supervised body: a Party body, a public service unit, a company. */
	OTHER_AGENCY;

	/**
	 * Tells whether organisations of this kind may lead a supervision, criticism or
	 * dialogue (chủ thể giám sát).
	 * @return {@code true} for Front committees, member organisations and the two boards
	 */
	public boolean supervises() {
		return this == FRONT_COMMITTEE || this == MEMBER_ORGANISATION || this == PEOPLES_INSPECTION_BOARD
				|| this == COMMUNITY_INVESTMENT_BOARD;
	}

}
