package vn.mttq.giamsat.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import vn.mttq.giamsat.notification.channel.webhook.WebhookSecrets;

/**
 * The signature of a webhook request, as Standard Webhooks (standardwebhooks.com) has it
 * and as the receiver checks it: HMAC-SHA256 with the secret's key
 * ({@link WebhookSecrets#key}) over {@code <id>.<timestamp>.<body>}, where the id is the
 * {@value #ID} header (the notification id, the same on every retry), the timestamp the
 * {@value #TIMESTAMP} header (Unix seconds) and the body the exact bytes received; sent
 * as {@value #SIGNATURE}{@code : v1,<Base64>}, one such value per secret, separated by
 * spaces (two while an organisation's secret is being replaced). A receiver recomputes
 * it, accepts if any value matches (compared in constant time), refuses a timestamp more
 * than five minutes from its clock, and processes an id only once.
 */
public final class WebhookSignature {

	/** The notification id; the same on every retry, so a receiver can deduplicate. */
	public static final String ID = "webhook-id";

	/** When the request was signed, in Unix seconds. */
	public static final String TIMESTAMP = "webhook-timestamp";

	/**
	 * {@code v1,} and the Base64 HMAC-SHA256 of {@code <id>.<timestamp>.<body>}, per
	 * secret.
	 */
	public static final String SIGNATURE = "webhook-signature";

	/** The attempt's number, from 1 (not part of the standard, not signed). */
	public static final String ATTEMPT = "Giamsat-Webhook-Attempt";

	private static final String VERSION = "v1,";

	private WebhookSignature() {
	}

	/**
	 * Signs a request with each of the secrets.
	 * @param secrets the secrets, the current one first
	 * @param id the value of {@value #ID}
	 * @param timestamp the Unix seconds sent in {@value #TIMESTAMP}
	 * @param body the exact body bytes
	 * @return the value of {@value #SIGNATURE}
	 */
	public static String sign(List<String> secrets, String id, long timestamp, byte[] body) {
		return secrets.stream().map((secret) -> sign(secret, id, timestamp, body)).collect(Collectors.joining(" "));
	}

	/**
	 * Signs a request with one secret.
	 * @param secret the secret
	 * @param id the value of {@value #ID}
	 * @param timestamp the Unix seconds sent in {@value #TIMESTAMP}
	 * @param body the exact body bytes
	 * @return {@code v1,} and the signature in Base64
	 */
	public static String sign(String secret, String id, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(WebhookSecrets.key(secret), "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return VERSION + Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * Checks a received {@value #SIGNATURE} header as a receiver does: any of its values
	 * matches, each compared in constant time.
	 * @param secret the receiver's secret
	 * @param id the received id
	 * @param timestamp the received timestamp
	 * @param body the received body
	 * @param header the received signature header
	 * @return whether it matches
	 */
	public static boolean matches(String secret, String id, long timestamp, byte[] body, String header) {
		if (header == null || id == null) {
			return false;
		}
		byte[] expected = sign(secret, id, timestamp, body).getBytes(StandardCharsets.US_ASCII);
		boolean matched = false;
		for (String value : header.trim().split(" +")) {
			matched |= MessageDigest.isEqual(expected, value.getBytes(StandardCharsets.US_ASCII));
		}
		return matched;
	}

}
