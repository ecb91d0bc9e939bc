package vn.mttq.giamsat.notification.channel.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import inet.ipaddr.IPAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * The rule for a webhook URL: absolute, https (http only where allowed), a host and a
 * port from 1 to 65535, no user name or password (a credential in a URL ends up in logs;
 * the secret signs instead) and no fragment. Its host must be a public address, or a name
 * all of whose addresses are public, as {@link PublicAddresses} says, so a webhook cannot
 * be pointed at the deployment's own insides (server-side request forgery). The name is
 * resolved when the webhook is set and again before each request, by the connection
 * itself, so the address checked is the address connected to.
 */
@Component
public class WebhookUrls {

	private static final String FIELD = "webhook.url";

	private static final List<String> INSIDE_NAMES = List.of("localhost", "local", "internal", "localdomain",
			"home.arpa");

	private final WebhookResolver resolver;

	private final boolean allowPrivateNetworks;

	private final boolean allowPlainHttp;

	public WebhookUrls(WebhookResolver resolver,
			@Value("${giamsat.notification.webhook-private-networks:false}") boolean allowPrivateNetworks,
			@Value("${giamsat.notification.webhook-plain-http:false}") boolean allowPlainHttp) {
		this.resolver = resolver;
		this.allowPrivateNetworks = allowPrivateNetworks;
		this.allowPlainHttp = allowPlainHttp;
	}

	/**
	 * Checks a URL as it is set: its form, then every address its host resolves to.
	 * @param url the URL
	 * @return it, parsed
	 * @throws BusinessRuleException naming {@code webhook.url} if it may not be used
	 */
	public URI check(String url) {
		URI uri = parse(url);
		try {
			resolve(uri.getHost());
		}
		catch (WebhookAddressRefused ex) {
			throw refused(ex.phrase());
		}
		catch (UnknownHostException ex) {
			throw refused(Phrase.of("webhook.url.unresolved",
					"its host {0} does not resolve to any address; check the name", uri.getHost()));
		}
		return uri;
	}

	/**
	 * Checks the form of a URL, without resolving its host.
	 * @param url the URL
	 * @return it, parsed
	 * @throws BusinessRuleException naming {@code webhook.url} if it may not be used
	 */
	public URI parse(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new BusinessRuleException(FIELD,
					Phrase.of("webhook.url.invalid", "The webhook URL is not a valid URL: {0}", ex.getReason()));
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !(scheme.equals("http") && this.allowPlainHttp)) {
			throw refused(
					this.allowPlainHttp ? Phrase.of("webhook.url.scheme.http", "it must start with https:// or http://")
							: Phrase.of("webhook.url.scheme", "it must start with https://"));
		}
		if (uri.getRawUserInfo() != null) {
			throw refused(Phrase.of("webhook.url.user-info",
					"it must not hold a user name or password; requests are signed with the secret instead"));
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw refused(Phrase.of("webhook.url.host.missing", "it must name a host"));
		}
		if (uri.getRawFragment() != null) {
			throw refused(Phrase.of("webhook.url.fragment", "it must not have a #fragment"));
		}
		if (uri.getPort() == 0 || uri.getPort() > 65535) {
			throw refused(Phrase.of("webhook.url.port", "its port must be from 1 to 65535"));
		}
		checkHostForm(uri.getHost().toLowerCase(Locale.ROOT));
		return uri;
	}

	/**
	 * The addresses a webhook host may be connected to: the address itself, or every
	 * address its name resolves to, each of them public (or inside, where allowed).
	 * @param host the host of a webhook URL
	 * @return its addresses
	 * @throws WebhookAddressRefused if the host is, or one of its addresses is, not
	 * public
	 * @throws UnknownHostException if the name does not resolve
	 */
	public List<InetAddress> resolve(String host) throws UnknownHostException {
		Optional<IPAddress> literal;
		try {
			// An HTTP client may hand over an IPv6 host without its brackets.
			literal = PublicAddresses
				.literal((host.indexOf(':') >= 0 && !host.startsWith("[")) ? "[" + host + "]" : host);
		}
		catch (IllegalArgumentException ex) {
			throw new WebhookAddressRefused(unusualNotation(host));
		}
		List<InetAddress> addresses = new ArrayList<>();
		if (literal.isPresent()) {
			addresses.add(literal.get().toInetAddress());
		}
		else {
			addresses.addAll(this.resolver.resolve(host));
		}
		for (InetAddress address : addresses) {
			Optional<String> refusal = PublicAddresses.refusal(PublicAddresses.of(address), this.allowPrivateNetworks);
			if (refusal.isPresent()) {
				throw new WebhookAddressRefused(Phrase.of("webhook.url.host.not-public",
						"its host {0} is not on the public network: {1}", host, refusal.get()));
			}
		}
		return addresses;
	}

	private void checkHostForm(String host) {
		try {
			PublicAddresses.literal(host);
		}
		catch (IllegalArgumentException ex) {
			throw refused(unusualNotation(host));
		}
		if (host.endsWith(".")) {
			throw refused(
					Phrase.of("webhook.url.host.trailing-dot", "its host must be written without a trailing dot"));
		}
		boolean inside = INSIDE_NAMES.stream().anyMatch((name) -> host.equals(name) || host.endsWith("." + name));
		if (inside && !this.allowPrivateNetworks) {
			throw refused(Phrase.of("webhook.url.host.inside",
					"its host {0} names a machine inside a private network; it must be reachable on the public network",
					host));
		}
	}

	private static BusinessRuleException refused(Phrase why) {
		return new BusinessRuleException(FIELD,
				Phrase.of("webhook.url.refused", "The webhook URL cannot be used: {0}", why));
	}

	private static Phrase unusualNotation(String host) {
		return Phrase.of("webhook.url.host.notation",
				"its host {0} is an IP address in an unusual notation; write an IPv4 address as four decimal numbers "
						+ "(198.51.100.7) and an IPv6 address in brackets",
				host);
	}

}
