package vn.mttq.giamsat.support.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads the {@link Actor} from a validated JWT: roles become authorities, and a token
 * without an organisation or with no known role grants nothing.
 */
public class ActorTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final TokenClaims claims;

	public ActorTokenConverter(TokenClaims claims) {
		this.claims = claims;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Actor actor = actor(jwt);
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (actor.organisationId() != null) {
			actor.roles().forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		}
		JwtAuthenticationToken token = new JwtAuthenticationToken(jwt, authorities, actor.userId());
		token.setDetails(actor);
		return token;
	}

	Actor actor(Jwt jwt) {
		Object user = claim(jwt.getClaims(), this.claims.userClaim());
		Object organisation = claim(jwt.getClaims(), this.claims.organisationClaim());
		return new Actor((user != null) ? user.toString() : jwt.getSubject(),
				(organisation != null) ? organisation.toString() : null, roles(jwt));
	}

	private Set<Role> roles(Jwt jwt) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (claim(jwt.getClaims(), this.claims.rolesClaim()) instanceof Collection<?> names) {
			for (Object name : names) {
				for (Role role : Role.values()) {
					if (role.name().equalsIgnoreCase(String.valueOf(name))) {
						roles.add(role);
					}
				}
			}
		}
		return roles;
	}

	private static Object claim(Map<String, Object> claims, String path) {
		Object value = claims;
		for (String part : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(part);
		}
		return value;
	}

}
