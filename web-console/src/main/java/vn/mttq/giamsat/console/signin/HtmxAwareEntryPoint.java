package vn.mttq.giamsat.console.signin;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a person without a session to sign in. A page request is redirected (and saved,
 * to come back to); an htmx request cannot follow a redirect to another site, so it is
 * told with {@code HX-Redirect} to reload the page it came from, which then signs in and
 * comes back.
 */
final class HtmxAwareEntryPoint implements AuthenticationEntryPoint {

	private final LoginUrlAuthenticationEntryPoint pages;

	HtmxAwareEntryPoint(String signInUrl) {
		this.pages = new LoginUrlAuthenticationEntryPoint(signInUrl);
	}

	static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		if (!isHtmx(request)) {
			this.pages.commence(request, response, authException);
			return;
		}
		response.setHeader("HX-Redirect", samePagePath(request));
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
	}

	/**
	 * The path of the page the htmx request came from, or the home page if it is
	 * elsewhere.
	 */
	private static String samePagePath(HttpServletRequest request) {
		String current = request.getHeader("HX-Current-URL");
		if (current == null) {
			return request.getContextPath() + "/";
		}
		try {
			URI uri = URI.create(current);
			boolean sameHost = request.getServerName().equalsIgnoreCase(uri.getHost());
			String path = (uri.getRawPath() != null && uri.getRawPath().startsWith("/")) ? uri.getRawPath() : "/";
			return sameHost ? path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "") : "/";
		}
		catch (IllegalArgumentException ex) {
			return request.getContextPath() + "/";
		}
	}

}
