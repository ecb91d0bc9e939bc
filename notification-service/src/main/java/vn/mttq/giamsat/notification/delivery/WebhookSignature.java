package vn.mttq.giamsat.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook request, as the receiver checks it: HMAC-SHA256 with the
 * shared secret (its UTF-8 bytes) over {@code <timestamp>.<body>}, where the timestamp is
 * the {@value #TIMESTAMP} header (Unix seconds) and the body the exact bytes received;
 * sent as {@value #SIGNATURE}{@code : v1=<lowercase hex>}. A receiver recomputes it,
 * compares in constant time, refuses a timestamp more than five minutes from its clock,
 * and refuses a {@value #ID} and timestamp pair it has already accepted (a replay).
 */
public final class WebhookSignature {

	/** The notification id; the same on every retry, so a receiver can deduplicate. */
	public static final String ID = "Giamsat-Webhook-Id";

	/** When the request was signed, in Unix seconds. */
	public static final String TIMESTAMP = "Giamsat-Webhook-Timestamp";

	/** {@code v1=} and the hex HMAC-SHA256 of {@code <timestamp>.<body>}. */
	public static final String SIGNATURE = "Giamsat-Webhook-Signature";

	/** The attempt's number, from 1. */
	public static final String ATTEMPT = "Giamsat-Webhook-Attempt";

	private WebhookSignature() {
	}

	/**
	 * Signs a request.
	 * @param secret the shared secret
	 * @param timestamp the Unix seconds sent in {@value #TIMESTAMP}
	 * @param body the exact body bytes
	 * @return the value of {@value #SIGNATURE}
	 */
	public static String sign(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * Checks a signature in constant time.
	 * @param secret the shared secret
	 * @param timestamp the received timestamp
	 * @param body the received body
	 * @param signature the received signature
	 * @return whether it matches
	 */
	public static boolean matches(String secret, long timestamp, byte[] body, String signature) {
		if (signature == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

}
