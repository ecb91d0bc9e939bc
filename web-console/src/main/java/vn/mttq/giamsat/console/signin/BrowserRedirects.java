package vn.mttq.giamsat.console.signin;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

/**
 * Sends the browser to the issuer as the browser reaches it: a redirect to the issuer's
 * internal address (as its discovery document names its endpoints inside a container
 * network) goes to its browser address instead; any other redirect is left alone.
 */
final class BrowserRedirects implements RedirectStrategy {

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	private final String internal;

	private final String browser;

	BrowserRedirects(URI internal, URI browser) {
		this.internal = withoutTrailingSlash(internal.toString());
		this.browser = withoutTrailingSlash(browser.toString());
	}

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		this.redirects.sendRedirect(request, response, rebase(url));
	}

	String rebase(String url) {
		if (!this.internal.equals(this.browser) && (url.equals(this.internal) || url.startsWith(this.internal + "/"))) {
			return this.browser + url.substring(this.internal.length());
		}
		return url;
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
