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
 * The rule for a webhook URL. Its form, checked on the URL alone ({@link #formProblem}, a
 * request's {@link WebhookUrlForm}): absolute, https (http only where allowed), a host
 * written without a trailing dot and a port from 1 to 65535, no user name or password (a
 * credential in a URL ends up in logs; the secret signs instead) and no fragment. Then
 * where it leads: its host must be a public address in the usual notation, or a name all
 * of whose addresses are public, as {@link PublicAddresses} says, so a webhook cannot be
 * pointed at the deployment's own insides (server-side request forgery). The name is
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
	 * Checks a URL as it is set, its form already checked ({@link #formProblem}): its
	 * host, then every address the host resolves to.
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
	 * Checks a URL without resolving its host: its form, then whether its host may be
	 * one, as it is written.
	 * @param url the URL
	 * @return it, parsed
	 * @throws BusinessRuleException naming {@code webhook.url} if it may not be used
	 */
	public URI parse(String url) {
		Optional<Phrase> form = formProblem(url);
		if (form.isPresent()) {
			throw new BusinessRuleException(FIELD, Phrase.of("webhook.url.form", "The webhook URL {0}", form.get()));
		}
		URI uri = URI.create(url);
		checkHost(uri.getHost().toLowerCase(Locale.ROOT));
		return uri;
	}

	/**
	 * Tells what is wrong with the form of a URL, the URL alone: absolute, https (http
	 * only where allowed), a host written without a trailing dot, a port from 1 to 65535,
	 * no user name or password and no fragment.
	 * @param url the URL
	 * @return what it must be, said of the field (e.g. "must start with https://"), or
	 * empty if its form is right
	 */
	public Optional<Phrase> formProblem(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of((ex.getIndex() >= 0)
					? Phrase.of("webhook.url.invalid.at",
							"must be a URL such as https://hethong.so.gov.vn/giamsat/webhook; the character at "
									+ "position {0} is not allowed",
							String.valueOf(ex.getIndex() + 1))
					: Phrase.of("webhook.url.invalid",
							"must be a URL such as https://hethong.so.gov.vn/giamsat/webhook"));
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !(scheme.equals("http") && this.allowPlainHttp)) {
			return Optional
				.of(this.allowPlainHttp ? Phrase.of("webhook.url.scheme.http", "must start with https:// or http://")
						: Phrase.of("webhook.url.scheme", "must start with https://"));
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of(Phrase.of("webhook.url.user-info",
					"must not hold a user name or password; requests are signed with the secret instead"));
		}
		if (uri.getHost() == null && uri.getRawAuthority() != null) {
			return Optional.of(Phrase.of("webhook.url.host.invalid",
					"must name its host as a name such as hethong.so.gov.vn, an IPv4 address of four decimal numbers "
							+ "such as 203.162.4.1 or an IPv6 address in brackets"));
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of(Phrase.of("webhook.url.host.missing", "must name a host"));
		}
		if (uri.getRawFragment() != null) {
			return Optional.of(Phrase.of("webhook.url.fragment", "must not have a #fragment"));
		}
		if (uri.getPort() == 0 || uri.getPort() > 65535) {
			return Optional.of(Phrase.of("webhook.url.port", "must have a port from 1 to 65535"));
		}
		if (uri.getHost().endsWith(".")) {
			return Optional.of(Phrase.of("webhook.url.host.trailing-dot", "must name its host without a trailing dot"));
		}
		return Optional.empty();
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
			Optional<Phrase> refusal = PublicAddresses.refusal(PublicAddresses.of(address), this.allowPrivateNetworks);
			if (refusal.isPresent()) {
				throw new WebhookAddressRefused(Phrase.of("webhook.url.host.not-public",
						"its host {0} is not on the public network: {1}", host, refusal.get()));
			}
		}
		return addresses;
	}

	/**
	 * Refuses a host that is an IP address in a notation resolvers and HTTP clients read
	 * differently, or a name of a machine inside a private network, unless allowed.
	 */
	private void checkHost(String host) {
		try {
			PublicAddresses.literal(host);
		}
		catch (IllegalArgumentException ex) {
			throw refused(unusualNotation(host));
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
