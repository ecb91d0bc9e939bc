package vn.mttq.giamsat.support.security;

/**
 * The {@code @PreAuthorize} expressions the endpoints use, so that every endpoint names
 * its rule in one of a few words; which organisation's data an actor sees is decided in
 * the services.
 */
public final class Rules {

	/** Any signed-in person with a role of this system. */
	public static final String ANY_ROLE = "hasAnyRole('FRONT_OFFICIAL', 'AGENCY_OFFICER', 'MONITOR', 'ADMIN')";

	/** A Front official, acting for their own Front body. */
	public static final String FRONT_OFFICIAL = "hasRole('FRONT_OFFICIAL')";

	/**
	 * Those who read across organisations: Front officials, monitors and administrators.
	 */
	public static final String READ_ACROSS_ORGANISATIONS = "hasAnyRole('FRONT_OFFICIAL', 'MONITOR', 'ADMIN')";

	/**
	 * Those who take steps on a recommendation: the agency that answers and the Front
	 * body that follows it; which of them may take which step is the lifecycle's rule.
	 */
	public static final String TAKES_STEPS = "hasAnyRole('FRONT_OFFICIAL', 'AGENCY_OFFICER')";

	/** An administrator: directory, reference data and operations. */
	public static final String ADMIN = "hasRole('ADMIN')";

	private Rules() {
	}

}
