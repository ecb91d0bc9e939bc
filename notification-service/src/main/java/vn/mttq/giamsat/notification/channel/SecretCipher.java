package vn.mttq.giamsat.notification.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.support.web.BusinessRuleException;

/**
 * Encrypts webhook secrets at rest with AES-GCM under the service's key
 * ({@code giamsat.notification.secret-key}, 16, 24 or 32 bytes in Base64), bound to their
 * organisation so a secret copied to another organisation's record does not decrypt.
 * Stored as {@code v1:} + Base64 of the 12-byte nonce and the ciphertext with its tag.
 * Without a key, webhooks cannot be registered; nothing else is affected.
 */
@Component
public class SecretCipher {

	private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretCipher(@Value("${giamsat.notification.secret-key:}") String base64Key) {
		if (base64Key == null || base64Key.isBlank()) {
			log.warn("giamsat.notification.secret-key is not set: webhooks cannot be registered");
			this.key = null;
			return;
		}
		byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
		if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
			throw new IllegalStateException(
					"giamsat.notification.secret-key must be 16, 24 or 32 bytes in Base64, not " + bytes.length);
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	public boolean configured() {
		return this.key != null;
	}

	public String encrypt(String secret, String organisationId) {
		if (this.key == null) {
			throw new BusinessRuleException("webhook.secret",
					"Webhooks cannot be registered: the service has no encryption key for their secrets");
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, organisationId);
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			byte[] stored = new byte[NONCE_BYTES + sealed.length];
			System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
			System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(stored);
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
	 * @throws IllegalStateException if there is no key, or the stored form was altered or
	 * belongs to another organisation or key
	 */
	public String decrypt(String stored, String organisationId) {
		if (this.key == null || stored == null || !stored.startsWith(PREFIX)) {
			throw new IllegalStateException("The webhook secret of " + organisationId + " cannot be decrypted");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, organisationId);
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("The webhook secret of " + organisationId + " cannot be decrypted", ex);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, String organisationId) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(organisationId.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

}
