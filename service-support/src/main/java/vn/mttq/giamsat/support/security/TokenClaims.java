package vn.mttq.giamsat.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the roles and the organisation are in the issuer's tokens; dotted paths reach
 * nested claims, so a provider such as Keycloak ({@code realm_access.roles}) works by
 * configuration.
 *
 * @param rolesClaim the claim holding the role names
 * @param organisationClaim the claim holding the organisation id
 * @param userClaim the claim naming the user
 */
@ConfigurationProperties("giamsat.security.claims")
public record TokenClaims(String rolesClaim, String organisationClaim, String userClaim) {

	public TokenClaims {
		rolesClaim = (rolesClaim != null) ? rolesClaim : "roles";
		organisationClaim = (organisationClaim != null) ? organisationClaim : "org";
		userClaim = (userClaim != null) ? userClaim : "preferred_username";
	}

}
