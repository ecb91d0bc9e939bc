package vn.mttq.giamsat.support.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

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

	private ProblemTypes() {
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
