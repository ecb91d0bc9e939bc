package vn.mttq.giamsat.endtoend.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * One demo user of each role (auth-server's demo-users.yml, password {@code demo}), with
 * the home the console sends them to and the name it shows.
 */
enum DemoUser {

	FRONT_OFFICIAL("canbo.mttq.tinh", "Nguyễn Văn An", "/mat-tran", "/mat-tran/danh-ba", "/mat-tran/bao-cao",
			"/mat-tran/hoat-dong/moi"),

	AGENCY_OFFICER("canbo.ubnd.xa", "Quàng Văn Dũng", "/co-quan", "/co-quan/kien-nghi", "/co-quan/lien-he"),

	MONITOR("giamsat.vien", "Lường Thị Hoa", "/tong-quan"),

	ADMIN("quantri", "Phạm Quốc Hùng", "/tong-quan", "/mat-tran/nhap-danh-ba", "/tong-quan/ban-tin-loi");

	private final String username;

	private final String name;

	private final String home;

	private final List<String> otherPages;

	DemoUser(String username, String name, String home, String... otherPages) {
		this.username = username;
		this.name = name;
		this.home = home;
		this.otherPages = List.of(otherPages);
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

	/** The role's home and the pages its navigation leads to. */
	List<String> mainPages() {
		List<String> pages = new ArrayList<>(List.of(this.home));
		pages.addAll(this.otherPages);
		return pages;
	}

	/** The file name of this role's screenshot, e.g. {@code agency-officer}. */
	String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
