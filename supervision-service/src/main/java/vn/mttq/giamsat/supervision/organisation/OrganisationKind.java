package vn.mttq.giamsat.supervision.organisation;

import java.util.List;

import vn.mttq.giamsat.support.domain.Phrase;

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

	/**
	 * The kind in words, as a phrase people read ("a People's Committee"), translated
	 * under {@code organisation-kind.<KIND>}.
	 * @return the phrase
	 */
	public Phrase phrase() {
		String english = switch (this) {
			case FRONT_COMMITTEE -> "a Fatherland Front committee";
			case MEMBER_ORGANISATION -> "a member organisation of the Front";
			case PEOPLES_COMMITTEE -> "a People''s Committee";
			case PEOPLES_COUNCIL -> "a People''s Council";
			case DEPARTMENT -> "a department";
			case PEOPLES_INSPECTION_BOARD -> "a People''s Inspection Board";
			case COMMUNITY_INVESTMENT_BOARD -> "a Community Investment Supervision Board";
			case OTHER_AGENCY -> "another agency or organisation";
		};
		return new Phrase("organisation-kind." + name(), english, List.of());
	}

	/**
	 * Tells whether organisations of this kind can be supervised and so answer a
	 * recommendation (đối tượng giám sát): state bodies and other organisations, never
	 * the Front's own committees and boards.
	 * @return {@code true} for People's Committees, People's Councils, departments and
	 * other agencies
	 */
	public boolean canBeSupervised() {
		return this == PEOPLES_COMMITTEE || this == PEOPLES_COUNCIL || this == DEPARTMENT || this == OTHER_AGENCY;
	}

}
