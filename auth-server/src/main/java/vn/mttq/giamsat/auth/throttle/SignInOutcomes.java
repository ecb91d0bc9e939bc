package vn.mttq.giamsat.auth.throttle;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Handlers that tell the throttle how each sign-in ended, then answer as the handler they
 * wrap would.
 */
public final class SignInOutcomes {

	private SignInOutcomes() {
	}

	/**
	 * Counts every failure of the sign-in form.
	 * @param throttle the throttle
	 * @param delegate the handler that answers
	 * @return the counting handler
	 */
	public static AuthenticationFailureHandler formFailures(SignInThrottle throttle,
			AuthenticationFailureHandler delegate) {
		return (request, response, exception) -> {
			throttle.failed(SignInAttempt.of(request));
			delegate.onAuthenticationFailure(request, response, exception);
		};
	}

	/**
	 * Counts the token endpoint's refusals of a password grant for a bad username or
	 * password ({@code invalid_grant}); other errors and other grants are only answered.
	 * @param throttle the throttle
	 * @param delegate the handler that answers
	 * @return the counting handler
	 */
	public static AuthenticationFailureHandler passwordGrantFailures(SignInThrottle throttle,
			AuthenticationFailureHandler delegate) {
		return (request, response, exception) -> {
			if (isPasswordGrant(request) && exception instanceof OAuth2AuthenticationException oauth
					&& OAuth2ErrorCodes.INVALID_GRANT.equals(oauth.getError().getErrorCode())) {
				throttle.failed(SignInAttempt.of(request));
			}
			delegate.onAuthenticationFailure(request, response, exception);
		};
	}

	/**
	 * Clears the username's failures after a successful sign-in (form or password grant).
	 * @param throttle the throttle
	 * @param delegate the handler that answers
	 * @return the clearing handler
	 */
	public static AuthenticationSuccessHandler successes(SignInThrottle throttle,
			AuthenticationSuccessHandler delegate) {
		return (request, response, authentication) -> {
			if (request.getParameter("username") != null) {
				throttle.succeeded(SignInAttempt.of(request));
			}
			delegate.onAuthenticationSuccess(request, response, authentication);
		};
	}

	static boolean isPasswordGrant(HttpServletRequest request) {
		return "password".equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE));
	}

}
