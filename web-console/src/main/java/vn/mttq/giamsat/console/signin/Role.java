package vn.mttq.giamsat.console.signin;

/**
 * The roles auth-server gives, each with the console's home page for it.
 */
public enum Role {

	/** Cán bộ Mặt trận: records activities and follows their recommendations. */
	FRONT_OFFICIAL("/mat-tran"),

	/** Cán bộ cơ quan: answers the recommendations addressed to their agency. */
	AGENCY_OFFICER("/co-quan"),

	/** Giám sát viên: reads everything. */
	MONITOR("/tong-quan"),

	/** Quản trị: runs the system. */
	ADMIN("/tong-quan");

	private final String home;

	Role(String home) {
		this.home = home;
	}

	/** The path of this role's home page. */
	public String home() {
		return this.home;
	}

}
