package vn.mttq.giamsat.notification.channel.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Encrypts webhook secrets at rest with AES-GCM under a ring of keys, bound to their
 * organisation so a secret copied to another organisation's record does not decrypt.
 * Stored as {@code v2:<key id>:} + Base64 of the 12-byte nonce and the ciphertext with
 * its tag, so that after a rotation the secrets stored before it stay readable; the
 * {@code v1:} form stored before key ids is read with the legacy key. There is no default
 * key: the service does not start without one.
 */
@Component
public class SecretCipher {

	private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);

	private static final String PREFIX = "v2:";

	private static final String LEGACY_PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

	private final String currentId;

	private final SecretKeySpec legacyKey;

	private final SecureRandom random = new SecureRandom();

	public SecretCipher(SecretKeyProperties properties) {
		properties.secretKeys().forEach((id, key) -> {
			if (key != null && !key.isBlank()) {
				this.keys.put(checkedId(id), key(key, "giamsat.notification.secret-keys." + id));
			}
		});
		this.currentId = properties.secretKeyId();
		if (this.currentId == null || !this.keys.containsKey(this.currentId)) {
			throw new IllegalStateException("No key to encrypt webhook secrets with: set giamsat.notification."
					+ "secret-keys.<id> to an AES key in Base64 (openssl rand -base64 32) and "
					+ "giamsat.notification.secret-key-id to that id (NOTIFICATION_SECRET_KEY sets the key of id "
					+ "k1); found key ids " + this.keys.keySet() + " and secret-key-id '" + this.currentId + "'");
		}
		boolean hasLegacy = properties.legacySecretKey() != null && !properties.legacySecretKey().isBlank();
		this.legacyKey = hasLegacy ? key(properties.legacySecretKey(), "giamsat.notification.legacy-secret-key") : null;
		if (this.currentId.startsWith("dev")) {
			log.warn("Webhook secrets are encrypted with the development key '{}'; never use it with real data",
					this.currentId);
		}
	}

	/**
	 * Encrypts a secret with the current key.
	 * @param secret the secret
	 * @param organisationId the organisation it belongs to
	 * @return the stored form
	 */
	public String encrypt(String secret, String organisationId) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, this.keys.get(this.currentId), nonce,
					organisationId + "/" + this.currentId);
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
			System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
			return PREFIX + this.currentId + ":" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed", ex);
		}
	}

	/**
	 * Decrypts a stored secret.
	 * @param stored the stored form
	 * @param organisationId the organisation it belongs to
	 * @return the secret
	 * @throws IllegalStateException if its key is not in the ring, or the stored form was
	 * altered or belongs to another organisation
	 */
	public String decrypt(String stored, String organisationId) {
		try {
			if (stored != null && stored.startsWith(PREFIX)) {
				String[] parts = stored.split(":", 3);
				SecretKeySpec key = this.keys.get(parts[1]);
				if (key != null && parts.length == 3) {
					return open(key, parts[2], organisationId + "/" + parts[1]);
				}
			}
			else if (stored != null && stored.startsWith(LEGACY_PREFIX) && this.legacyKey != null) {
				return open(this.legacyKey, stored.substring(LEGACY_PREFIX.length()), organisationId);
			}
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("The webhook secret of " + organisationId + " cannot be decrypted", ex);
		}
		throw new IllegalStateException("The webhook secret of " + organisationId
				+ " cannot be decrypted: its key is not in giamsat.notification.secret-keys (or legacy-secret-key)");
	}

	private String open(SecretKeySpec key, String base64, String associated) throws GeneralSecurityException {
		byte[] bytes = Base64.getDecoder().decode(base64);
		Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, NONCE_BYTES), associated);
		return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
	}

	private static Cipher cipher(int mode, SecretKeySpec key, byte[] nonce, String associated)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	private static String checkedId(String id) {
		if (!id.matches("[A-Za-z0-9_-]{1,40}")) {
			throw new IllegalStateException("giamsat.notification.secret-keys: the key id '" + id
					+ "' must be 1 to 40 letters, digits, '-' or '_'");
		}
		return id;
	}

	private static SecretKeySpec key(String base64, String property) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(property + " is not Base64: " + ex.getMessage());
		}
		if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
			throw new IllegalStateException(property + " must be 16, 24 or 32 bytes in Base64, not " + bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

}
