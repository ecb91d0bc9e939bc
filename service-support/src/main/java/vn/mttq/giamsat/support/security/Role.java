package vn.mttq.giamsat.support.security;

/**
 * What a signed-in person may do.
 */
public enum Role {

	/**
	 * Cán bộ Mặt trận: records the Front body's supervision work and issues and closes
	 * its recommendations.
	 */
	FRONT_OFFICIAL,

	/**
	 * Cán bộ cơ quan: sees and answers only the recommendations addressed to their
	 * agency.
	 */
	AGENCY_OFFICER,

	/** Reads activities, recommendations and statistics, changes nothing. */
	MONITOR,

	/** Manages the organisation directory and reference data. */
	ADMIN;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
