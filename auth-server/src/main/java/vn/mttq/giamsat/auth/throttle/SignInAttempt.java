package vn.mttq.giamsat.auth.throttle;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One sign-in: the username asked for and the client address it came from.
 *
 * @param username the {@code username} parameter, possibly {@code null}
 * @param address the client's address as the server sees it (behind a proxy, with
 * {@code server.forward-headers-strategy} set, the one the proxy reports)
 */
public record SignInAttempt(String username, String address) {

	/**
	 * The attempt a form post or a password-grant token request makes.
	 * @param request the request
	 * @return its attempt
	 */
	public static SignInAttempt of(HttpServletRequest request) {
		return new SignInAttempt(request.getParameter("username"), request.getRemoteAddr());
	}

}
