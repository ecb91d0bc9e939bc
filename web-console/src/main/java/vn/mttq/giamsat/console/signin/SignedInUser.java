package vn.mttq.giamsat.console.signin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

/**
 * The person signed in, as the ID token names them; a controller method receives it as a
 * parameter, and every template sees it as {@code user}.
 *
 * @param id the login name
 * @param name the display name
 * @param organisationId the organisation they act for
 * @param roles their roles (unknown names are left out)
 */
public record SignedInUser(String id, String name, String organisationId, Set<Role> roles) {

	public SignedInUser {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/** Reads the person from the ID token's claims. */
	public static SignedInUser of(OidcUser user, ConsoleClaims claims) {
		String id = StringUtils.hasText(user.getClaimAsString(claims.userClaim()))
				? user.getClaimAsString(claims.userClaim()) : user.getSubject();
		String name = user.getClaimAsString(claims.nameClaim());
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		Object claimed = user.getClaims().get(claims.rolesClaim());
		if (claimed instanceof Collection<?> names) {
			for (Object role : names) {
				for (Role known : Role.values()) {
					if (known.name().equals(String.valueOf(role))) {
						roles.add(known);
					}
				}
			}
		}
		return new SignedInUser(id, StringUtils.hasText(name) ? name : id,
				user.getClaimAsString(claims.organisationClaim()), roles);
	}

	/** Whether the person has this role. */
	public boolean is(Role role) {
		return this.roles.contains(role);
	}

	/** Whether the person has the role of this name (for templates). */
	public boolean is(String role) {
		return this.roles.stream().anyMatch((held) -> held.name().equals(role));
	}

	/**
	 * The home page of the person's first role, in the order of {@link Role}; none
	 * without a role.
	 */
	public Optional<String> home() {
		return this.roles.stream().sorted().findFirst().map(Role::home);
	}

}
