package vn.mttq.giamsat.notification.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import vn.mttq.giamsat.support.web.BusinessRuleException;

/**
 * The rule for a webhook URL: absolute, http or https, with a host, and no user name or
 * password in it (a credential in a URL ends up in logs and proxies; the secret signs
 * instead).
 */
final class WebhookUrls {

	private WebhookUrls() {
	}

	static URI check(String url) {
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
		return uri;
	}

}
