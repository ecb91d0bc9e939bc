package vn.mttq.giamsat.auth.token;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import vn.mttq.giamsat.auth.user.UserAccount;
import vn.mttq.giamsat.auth.user.UserDirectory;

/**
 * Puts the signed-in user's name, roles and organisation into access and ID tokens, and
 * the API audience into access tokens.
 */
public class UserClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

	/** The claim holding the role names, without a {@code ROLE_} prefix. */
	public static final String ROLES = "roles";

	/** The claim holding the organisation id. */
	public static final String ORGANISATION = "org";

	private final UserDirectory users;

	private final String audience;

	public UserClaimsCustomizer(UserDirectory users, String audience) {
		this.users = users;
		this.audience = audience;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessToken && !idToken) {
			return;
		}
		if (accessToken) {
			// The services accept tokens meant for the API, whichever client asked for
			// them.
			context.getClaims().audience(List.of(context.getRegisteredClient().getClientId(), this.audience));
		}
		Authentication principal = context.getPrincipal();
		if (principal instanceof OAuth2ClientAuthenticationToken) {
			// A client acting for itself has no user claims.
			return;
		}
		this.users.find(principal.getName()).ifPresent((user) -> addUserClaims(context, user));
	}

	private void addUserClaims(JwtEncodingContext context, UserAccount user) {
		context.getClaims()
			.claim(StandardClaimNames.PREFERRED_USERNAME, user.username())
			.claim(StandardClaimNames.NAME, user.name())
			.claim(ROLES, user.roleNames())
			.claim(ORGANISATION, user.organisationId());
	}

}
