package vn.mttq.giamsat.console.signin;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method the {@link SignedInUser} it asks for as a parameter.
 */
public final class SignedInUserResolver implements HandlerMethodArgumentResolver {

	private final ConsoleClaims claims;

	public SignedInUserResolver(ConsoleClaims claims) {
		this.claims = claims;
	}

	/** The person signed in now, if any. */
	public SignedInUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
			return SignedInUser.of(user, this.claims);
		}
		return null;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return SignedInUser.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		SignedInUser user = current();
		if (user == null) {
			throw new AccessDeniedException("Not signed in with OpenID Connect");
		}
		return user;
	}

}
