package vn.mttq.giamsat.support.web.guard;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every answer carries, an error from a filter or from the container as much
 * as a controller's answer: no content sniffing, no framing, no referrer, no caching.
 * They are set before anything else runs, so an answer that ends the request early (413,
 * a refused path, a bad query string) has them too; Spring Security leaves a header alone
 * that is already there.
 */
public final class SecurityHeaders {

	/** The headers, by name. */
	public static final Map<String, String> VALUES = Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options",
			"DENY", "Referrer-Policy", "no-referrer", "Cache-Control",
			"no-cache, no-store, max-age=0, must-revalidate");

	private SecurityHeaders() {
	}

	/**
	 * Sets every header.
	 * @param setter how to set a header on the answer at hand
	 */
	public static void apply(BiConsumer<String, String> setter) {
		VALUES.forEach(setter);
	}

}
