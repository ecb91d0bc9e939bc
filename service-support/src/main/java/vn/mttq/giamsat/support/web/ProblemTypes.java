package vn.mttq.giamsat.support.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * The stable {@code type} URIs of the problems the APIs answer with; clients may switch
 * on them.
 */
public final class ProblemTypes {

	public static final URI VALIDATION = type("validation");

	public static final URI MALFORMED_REQUEST = type("malformed-request");

	public static final URI NOT_FOUND = type("not-found");

	public static final URI CONFLICT = type("conflict");

	public static final URI BUSINESS_RULE = type("business-rule");

	public static final URI INVALID_STATE = type("invalid-state");

	public static final URI STALE_VERSION = type("stale-version");

	public static final URI UNAUTHORIZED = type("unauthorized");

	public static final URI FORBIDDEN = type("forbidden");

	public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");

	public static final URI UNAVAILABLE = type("unavailable");

	public static final URI SERVER_ERROR = type("server-error");

	public static final URI PRECONDITION_REQUIRED = type("precondition-required");

	/** 415: a file whose bytes are of a type the document store does not accept. */
	public static final URI DOCUMENT_TYPE_NOT_ALLOWED = type("document-type-not-allowed");

	/** 415: a file whose bytes are not of the type its upload declared. */
	public static final URI DOCUMENT_TYPE_MISMATCH = type("document-type-mismatch");

	/** 410: a document whose content an administrator purged; its record stays. */
	public static final URI DOCUMENT_PURGED = type("document-purged");

	/**
	 * The English title of each type; the translations are under
	 * {@code problem.title.<name>} in {@code messages/support-problems_vi.properties}.
	 */
	private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("validation", "Invalid request"),
			Map.entry("malformed-request", "Malformed request"), Map.entry("not-found", "Not found"),
			Map.entry("conflict", "Conflict"), Map.entry("business-rule", "Rule violated"),
			Map.entry("invalid-state", "Not allowed now"), Map.entry("stale-version", "Stale version"),
			Map.entry("precondition-required", "Precondition required"), Map.entry("unauthorized", "Unauthorized"),
			Map.entry("forbidden", "Forbidden"), Map.entry("payload-too-large", "Payload too large"),
			Map.entry("unavailable", "Service unavailable"), Map.entry("server-error", "Server error"),
			Map.entry("method-not-allowed", "Method not allowed"), Map.entry("not-acceptable", "Not acceptable"),
			Map.entry("unsupported-media-type", "Unsupported media type"), Map.entry("bad-request", "Bad request"),
			Map.entry("too-many-requests", "Too many requests"), Map.entry("content-too-large", "Payload too large"),
			Map.entry("service-unavailable", "Service unavailable"), Map.entry("internal-server-error", "Server error"),
			Map.entry("document-type-not-allowed", "File type not accepted"),
			Map.entry("document-type-mismatch", "File type not as declared"),
			Map.entry("document-purged", "Document purged"), Map.entry("gone", "Gone"));

	private ProblemTypes() {
	}

	/**
	 * Returns the title of a problem type, to be said in the request's language.
	 * @param type the problem's type
	 * @param status its status, whose reason phrase titles a type without a title of its
	 * own
	 * @return the title
	 */
	public static Phrase titleOf(URI type, HttpStatusCode status) {
		String name = nameOf(type);
		String english = TITLES.get(name);
		if (english == null) {
			HttpStatus known = HttpStatus.resolve(status.value());
			english = ((known != null) ? known.getReasonPhrase() : "Error").replace("'", "''");
		}
		return Phrase.of("problem.title." + name, english);
	}

	/**
	 * Returns the short name of a type, e.g. {@code not-found}.
	 * @param type a type of this system, or any other URI
	 * @return the name after the last colon or slash
	 */
	public static String nameOf(URI type) {
		String text = (type != null) ? type.toString() : "about:blank";
		return text.substring(Math.max(text.lastIndexOf(':'), text.lastIndexOf('/')) + 1);
	}

	/**
	 * Returns the type of a problem the framework raised, named after its status, e.g.
	 * {@code urn:giamsat:problem:unsupported-media-type}.
	 * @param status the status
	 * @return the type URI
	 */
	public static URI forStatus(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String name = (known != null) ? known.getReasonPhrase() : "http-" + status.value();
		return type(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
	}

	/**
	 * Returns the type URI of a problem, {@code urn:giamsat:problem:<name>}.
	 * @param name the problem's short name
	 * @return the type URI
	 */
	public static URI type(String name) {
		return URI.create("urn:giamsat:problem:" + name);
	}

}
