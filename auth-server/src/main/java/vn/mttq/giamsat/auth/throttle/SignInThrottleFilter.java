package vn.mttq.giamsat.auth.throttle;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a sign-in attempt 429 with {@code Retry-After} while its username or its client
 * address is throttled, before any password is checked: the form's {@code POST /login}
 * and a token request with {@code grant_type=password}.
 */
public final class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final RequestMatcher formLogin = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final RequestMatcher tokenEndpoint;

	/**
	 * Creates the filter.
	 * @param throttle the counts of failures
	 * @param tokenEndpoint the token endpoint's path
	 */
	public SignInThrottleFilter(SignInThrottle throttle, String tokenEndpoint) {
		this.throttle = throttle;
		this.tokenEndpoint = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, tokenEndpoint);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean passwordGrant = this.tokenEndpoint.matches(request) && SignInOutcomes.isPasswordGrant(request);
		if (passwordGrant || this.formLogin.matches(request)) {
			Duration wait = this.throttle.retryAfter(SignInAttempt.of(request));
			if (!wait.isZero()) {
				refuse(response, wait, passwordGrant);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response, Duration wait, boolean tokenRequest) throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		response.setCharacterEncoding("UTF-8");
		if (tokenRequest) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"error\":\"temporarily_unavailable\",\"error_description\":\"Too many failed sign-ins; try again in "
						+ seconds + " seconds\"}");
		}
		else {
			response.setContentType(MediaType.TEXT_PLAIN_VALUE);
			response.getWriter()
				.write("Đăng nhập sai quá nhiều lần; thử lại sau " + seconds + " giây.\n"
						+ "Too many failed sign-ins; try again in " + seconds + " seconds.\n");
		}
	}

}
