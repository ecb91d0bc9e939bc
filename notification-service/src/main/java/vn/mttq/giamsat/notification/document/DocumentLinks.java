package vn.mttq.giamsat.notification.document;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.mttq.giamsat.events.DocumentReference;

/**
 * Where each service that keeps documents is reached from outside
 * ({@code giamsat.notification.document-links.<service>}): a document's link is that
 * address followed by the path its event gives. A service with no address here gives
 * documents named without a link, never a link that leads nowhere.
 *
 * @param documentLinks the public base URL of each service, by the service's name (e.g.
 * {@code supervision-service}); blank entries are left out
 */
@ConfigurationProperties("giamsat.notification")
public record DocumentLinks(Map<String, String> documentLinks) {

	public DocumentLinks {
		Map<String, String> links = new HashMap<>();
		if (documentLinks != null) {
			documentLinks.forEach((service, base) -> {
				if (base != null && !base.isBlank()) {
					links.put(service, checked(service, base.strip()));
				}
			});
		}
		documentLinks = Map.copyOf(links);
	}

	/**
	 * The documents an event names, each with its download link where its service has a
	 * public address.
	 * @param references the references in the event
	 * @return the documents, in the event's order
	 */
	public List<AttachedDocument> attach(List<DocumentReference> references) {
		return references.stream().map((reference) -> AttachedDocument.of(reference, urlOf(reference))).toList();
	}

	private String urlOf(DocumentReference reference) {
		String base = this.documentLinks.get(reference.service());
		return (base != null) ? base + reference.href() : null;
	}

	private static String checked(String service, String base) {
		URI uri;
		try {
			uri = URI.create(base);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"giamsat.notification.document-links." + service + " is not a URL: " + base, ex);
		}
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalArgumentException("giamsat.notification.document-links." + service
					+ " must be an http or https address such as https://giamsat.example, not " + base);
		}
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

}
