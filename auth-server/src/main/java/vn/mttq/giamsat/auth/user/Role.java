package vn.mttq.giamsat.auth.user;

/**
 * A role a user may hold; the names are those the services read from the {@code roles}
 * claim, so they must match the services' own role list.
 */
public enum Role {

	/** Cán bộ Mặt trận: records supervision work and issues recommendations. */
	FRONT_OFFICIAL,

	/** Cán bộ cơ quan: answers the recommendations addressed to their agency. */
	AGENCY_OFFICER,

	/** Reads everything, changes nothing. */
	MONITOR,

	/** Manages the organisation directory and reference data. */
	ADMIN

}
