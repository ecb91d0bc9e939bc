package vn.mttq.giamsat.notification.channel.webhook;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * The form of a webhook's signing secret, as Standard Webhooks gives it: {@code whsec_}
 * and the Base64 of 24 to 64 random bytes, those bytes being the HMAC key. A secret
 * stored before this form is kept and signs with its UTF-8 bytes.
 */
public final class WebhookSecrets {

	/** What every secret starts with. */
	public static final String PREFIX = "whsec_";

	private static final int MIN_BYTES = 24;

	private static final int MAX_BYTES = 64;

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSecrets() {
	}

	/**
	 * Tells what is wrong with the form of a secret as an organisation sets it (a
	 * request's {@link WebhookSecretForm}).
	 * @param secret the secret
	 * @return what it must be, said of the field, or empty if it has the form
	 */
	public static Optional<Phrase> formProblem(String secret) {
		byte[] key = secret.startsWith(PREFIX) ? decode(secret) : null;
		if (key == null || key.length < MIN_BYTES || key.length > MAX_BYTES) {
			return Optional.of(Phrase.of("webhook.secret.form",
					"must be {0} followed by the Base64 of 24 to 64 random bytes, for example {1}", PREFIX,
					generate()));
		}
		return Optional.empty();
	}

	/**
	 * The HMAC key of a secret.
	 * @param secret a secret in the {@code whsec_} form, or one stored before it
	 * @return its key bytes
	 */
	public static byte[] key(String secret) {
		byte[] key = secret.startsWith(PREFIX) ? decode(secret) : null;
		return (key != null) ? key : secret.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A new random secret.
	 * @return {@code whsec_} and the Base64 of 32 random bytes
	 */
	public static String generate() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return PREFIX + Base64.getEncoder().encodeToString(key);
	}

	private static byte[] decode(String secret) {
		try {
			return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
