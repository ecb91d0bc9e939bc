package vn.mttq.giamsat.notification.channel;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import vn.mttq.giamsat.support.web.BusinessRuleException;

/**
 * The rule for a webhook URL: absolute, http or https, with a host, and no user name or
 * password in it (a credential in a URL ends up in logs and proxies; the secret signs
 * instead). Unless private networks are allowed, the host must not be this machine or an
 * address of a private network, so a webhook cannot be pointed at the deployment's own
 * insides (server-side request forgery).
 */
public final class WebhookUrls {

	private WebhookUrls() {
	}

	static URI check(String url, boolean allowPrivateNetworks) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new BusinessRuleException("webhook.url", "is not a valid URL: " + ex.getReason());
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new BusinessRuleException("webhook.url", "must start with http:// or https://");
		}
		if (uri.getRawUserInfo() != null) {
			throw new BusinessRuleException("webhook.url",
					"must not hold a user name or password; requests are signed with the secret instead");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw new BusinessRuleException("webhook.url", "must name a host");
		}
		if (uri.getRawFragment() != null) {
			throw new BusinessRuleException("webhook.url", "must not have a #fragment");
		}
		if (!allowPrivateNetworks && isPrivateLiteral(uri.getHost())) {
			throw new BusinessRuleException("webhook.url",
					"must be reachable on the public network, not this machine or a private address");
		}
		return uri;
	}

	/**
	 * Tells whether a host resolves to this machine or a private network, as checked
	 * before each request (a name may resolve differently from when it was registered).
	 * @param host the host of a webhook URL
	 * @return {@code true} if any of its addresses is loopback, link-local, site-local,
	 * unique-local, multicast or the wildcard address
	 * @throws UnknownHostException if the name does not resolve
	 */
	public static boolean resolvesToPrivateNetwork(String host) throws UnknownHostException {
		for (InetAddress address : InetAddress.getAllByName(host)) {
			if (isPrivate(address)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPrivateLiteral(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.equals("localhost") || name.endsWith(".localhost")) {
			return true;
		}
		boolean literal = name.matches("[0-9.]+") || name.startsWith("[");
		if (!literal) {
			return false;
		}
		try {
			return isPrivate(InetAddress.getByName(name.replace("[", "").replace("]", "")));
		}
		catch (UnknownHostException ex) {
			return true;
		}
	}

	private static boolean isPrivate(InetAddress address) {
		byte[] bytes = address.getAddress();
		boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
		return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6;
	}

}
