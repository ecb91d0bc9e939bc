package vn.mttq.giamsat.console;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * The demo users, signed in as auth-server's ID token names them.
 */
public final class TestUsers {

	/**
	 * Trần Minh Châu, officer of the provincial Department of Agriculture and
	 * Environment.
	 */
	public static final String AGENCY = "so-nong-nghiep-moi-truong-dien-bien";

	private TestUsers() {
	}

	public static OidcLoginRequestPostProcessor agencyOfficer() {
		return user("canbo.so.nnmt", "Trần Minh Châu", AGENCY, "AGENCY_OFFICER");
	}

	public static OidcLoginRequestPostProcessor frontOfficial() {
		return user("canbo.mttq.tinh", "Nguyễn Văn An", "ubmttq-tinh-dien-bien", "FRONT_OFFICIAL");
	}

	public static OidcLoginRequestPostProcessor monitor() {
		return user("giamsat.vien", "Lường Thị Hoa", "ubmttq-tinh-dien-bien", "MONITOR");
	}

	public static OidcLoginRequestPostProcessor user(String username, String name, String organisation, String role) {
		return oidcLogin().clientRegistration(ConsoleTestConfiguration.registration())
			.idToken((token) -> token.subject(username)
				.claim("preferred_username", username)
				.claim("name", name)
				.claim("org", organisation)
				.claim("roles", List.of(role)))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

}
