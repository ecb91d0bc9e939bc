package vn.mttq.giamsat.testfixtures;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The key notification-service encrypts webhook secrets at rest with: it has none by
 * default, so each run of the tests or the benchmark makes one of its own.
 */
public final class WebhookSecretKey {

	private WebhookSecretKey() {
	}

	/**
	 * Makes a new AES-256 key.
	 * @param id the key's id
	 * @return Spring Boot arguments that give notification-service the key under the id
	 * and make it the one that encrypts (the other services ignore them)
	 */
	public static List<String> arguments(String id) {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return List.of("--giamsat.notification.secret-keys." + id + "=" + Base64.getEncoder().encodeToString(key),
				"--giamsat.notification.secret-key-id=" + id);
	}

}
