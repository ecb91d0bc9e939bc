package vn.mttq.giamsat.auth.password;

import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;

/**
 * A token request with the resource-owner password grant: the authenticated client, the
 * user's credentials and the scopes asked for.
 */
public class PasswordGrantAuthenticationToken extends OAuth2AuthorizationGrantAuthenticationToken {

	/**
	 * The {@code grant_type} value; OAuth 2.1 dropped the grant, so Spring Security no
	 * longer defines it.
	 */
	public static final AuthorizationGrantType PASSWORD = new AuthorizationGrantType("password");

	private final String username;

	// Transient: the password is needed for one authentication and must never be stored.
	private final transient String password;

	private final Set<String> scopes;

	public PasswordGrantAuthenticationToken(Authentication clientPrincipal, String username, String password,
			Set<String> scopes) {
		super(PASSWORD, clientPrincipal, Map.of());
		this.username = username;
		this.password = password;
		this.scopes = Set.copyOf(scopes);
	}

	/** The user's login name. */
	public String getUsername() {
		return this.username;
	}

	/** The user's password as sent. */
	public String getPassword() {
		return this.password;
	}

	/** The scopes asked for, empty when the request named none. */
	public Set<String> getScopes() {
		return this.scopes;
	}

}
