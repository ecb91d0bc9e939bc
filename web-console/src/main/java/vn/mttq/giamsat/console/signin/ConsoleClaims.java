package vn.mttq.giamsat.console.signin;

/**
 * Where the ID token names the person, their roles and their organisation (the same
 * claims as the access token's, see service-support's {@code TokenClaims}), under
 * {@code giamsat.console.claims}.
 *
 * @param userClaim the claim naming the user (their login name)
 * @param nameClaim the claim holding the display name
 * @param rolesClaim the claim holding the role names
 * @param organisationClaim the claim holding the organisation id
 */
public record ConsoleClaims(String userClaim, String nameClaim, String rolesClaim, String organisationClaim) {

	public ConsoleClaims {
		userClaim = (userClaim != null) ? userClaim : "preferred_username";
		nameClaim = (nameClaim != null) ? nameClaim : "name";
		rolesClaim = (rolesClaim != null) ? rolesClaim : "roles";
		organisationClaim = (organisationClaim != null) ? organisationClaim : "org";
	}

	/** The defaults, which match auth-server. */
	public static ConsoleClaims defaults() {
		return new ConsoleClaims(null, null, null, null);
	}

}
