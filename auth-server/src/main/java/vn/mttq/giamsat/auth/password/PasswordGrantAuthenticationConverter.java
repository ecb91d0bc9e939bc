package vn.mttq.giamsat.auth.password;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads a password-grant token request ({@code grant_type=password}, {@code username},
 * {@code password}, optional {@code scope}) from the form body; other grant types are
 * left to the server's own converters.
 */
public class PasswordGrantAuthenticationConverter implements AuthenticationConverter {

	private static final String USERNAME = "username";

	private static final String PASSWORD = "password";

	private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-4.3.2";

	@Override
	public PasswordGrantAuthenticationToken convert(HttpServletRequest request) {
		if (!PasswordGrantAuthenticationToken.PASSWORD.getValue()
			.equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))) {
			return null;
		}
		String username = required(request, USERNAME);
		String password = required(request, PASSWORD);
		String scope = optional(request, OAuth2ParameterNames.SCOPE);
		Set<String> scopes = StringUtils.hasText(scope)
				? Set.copyOf(Arrays.asList(StringUtils.delimitedListToStringArray(scope.strip(), " "))) : Set.of();
		return new PasswordGrantAuthenticationToken(SecurityContextHolder.getContext().getAuthentication(), username,
				password, scopes);
	}

	private static String required(HttpServletRequest request, String name) {
		String value = optional(request, name);
		if (!StringUtils.hasText(value)) {
			throw invalidRequest(name);
		}
		return value;
	}

	private static String optional(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null) {
			return null;
		}
		// Credentials in the query string end up in access logs: only the form body
		// counts.
		if (values.length != 1 || inQueryString(request, name)) {
			throw invalidRequest(name);
		}
		return values[0];
	}

	private static boolean inQueryString(HttpServletRequest request, String name) {
		String query = request.getQueryString();
		if (!StringUtils.hasText(query)) {
			return false;
		}
		List<String> values = UriComponentsBuilder.newInstance().query(query).build().getQueryParams().get(name);
		return values != null;
	}

	private static OAuth2AuthenticationException invalidRequest(String parameter) {
		return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
				"OAuth 2.0 Parameter: " + parameter + " (once, in the form body)", ERROR_URI));
	}

}
