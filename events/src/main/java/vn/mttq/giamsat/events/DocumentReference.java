package vn.mttq.giamsat.events;

import java.util.regex.Pattern;

import static vn.mttq.giamsat.events.EventFields.requiredText;

/**
 * A stored document named by an event: never its content, only what a consumer needs to
 * say what is attached ("kèm theo 2 tệp") and where an entitled person downloads it.
 *
 * @param id the document's id in the service that keeps it
 * @param name its file name, made safe (no path, no control characters)
 * @param contentType its media type, as detected from its bytes
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its bytes, 64 lowercase hexadecimal digits
 * @param service the service that keeps it ({@code supervision-service} or
 * {@code recommendation-service})
 * @param href the path of its download on that service's API, starting with {@code /}
 */
public record DocumentReference(String id, String name, String contentType, long size, String sha256, String service,
		String href) {

	private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

	public DocumentReference {
		requiredText(id, "document.id");
		requiredText(name, "document.name");
		requiredText(contentType, "document.contentType");
		requiredText(service, "document.service");
		requiredText(href, "document.href");
		if (size < 0) {
			throw new IllegalArgumentException("field 'document.size' must be 0 or more");
		}
		if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("field 'document.sha256' must be 64 lowercase hexadecimal digits");
		}
		if (!href.startsWith("/")) {
			throw new IllegalArgumentException("field 'document.href' must be a path starting with '/'");
		}
	}

}
