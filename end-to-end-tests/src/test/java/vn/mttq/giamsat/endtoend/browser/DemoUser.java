package vn.mttq.giamsat.endtoend.browser;

/**
 * One demo user of each role (auth-server's demo-users.yml, password {@code demo}), with
 * the home the console sends them to and the name it shows.
 */
enum DemoUser {

	FRONT_OFFICIAL("canbo.mttq.tinh", "Nguyễn Văn An", "/mat-tran"),

	AGENCY_OFFICER("canbo.ubnd.xa", "Quàng Văn Dũng", "/co-quan"),

	MONITOR("giamsat.vien", "Lường Thị Hoa", "/tong-quan"),

	ADMIN("quantri", "Phạm Quốc Hùng", "/tong-quan");

	private final String username;

	private final String name;

	private final String home;

	DemoUser(String username, String name, String home) {
		this.username = username;
		this.name = name;
		this.home = home;
	}

	String username() {
		return this.username;
	}

	String displayName() {
		return this.name;
	}

	String home() {
		return this.home;
	}

	/** The file name of this role's screenshot, e.g. {@code agency-officer}. */
	String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
