package vn.mttq.giamsat.console.signin;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Gives a signed-in person a {@code ROLE_<name>} authority for each role their ID token
 * names, so that a controller says who may use it with
 * {@code @PreAuthorize("hasRole('AGENCY_OFFICER')")}.
 */
final class RoleAuthorities implements GrantedAuthoritiesMapper {

	private final ConsoleClaims claims;

	RoleAuthorities(ConsoleClaims claims) {
		this.claims = claims;
	}

	@Override
	public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
		Set<GrantedAuthority> mapped = new HashSet<>(authorities);
		for (GrantedAuthority authority : authorities) {
			if (authority instanceof OidcUserAuthority oidc) {
				Object roles = oidc.getIdToken().getClaims().get(this.claims.rolesClaim());
				if (roles instanceof Collection<?> names) {
					names.forEach((name) -> mapped.add(new SimpleGrantedAuthority("ROLE_" + name)));
				}
			}
		}
		return mapped;
	}

}
