package vn.mttq.giamsat.notification.channel.webhook;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Webhook secrets at rest: encrypted under a key id, readable after a rotation, bound to
 * their organisation, and never under a default key.
 */
class SecretCipherTests {

	static final String KEY_2025 = key(1);

	static final String KEY_2026 = key(2);

	final SecretCipher cipher = new SecretCipher(new SecretKeyProperties(Map.of("k2025", KEY_2025), "k2025", null));

	@Test
	void encryptsUnderTheCurrentKeyIdSoTheSecretCannotBeReadOrMovedToAnotherOrganisation() {
		String stored = this.cipher.encrypt("whsec_bi-mat-cua-so", "so-nn");

		assertThat(stored).startsWith("v2:k2025:").doesNotContain("bi-mat");
		assertThat(this.cipher.encrypt("whsec_bi-mat-cua-so", "so-nn")).isNotEqualTo(stored);
		assertThat(this.cipher.decrypt(stored, "so-nn")).isEqualTo("whsec_bi-mat-cua-so");
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(stored, "so-khac"));
		assertThatIllegalStateException()
			.isThrownBy(() -> this.cipher.decrypt(stored.replace("k2025", "k2026"), "so-nn"));
	}

	@Test
	void readsSecretsStoredUnderAnOlderKeyAfterARotation() {
		String before = this.cipher.encrypt("whsec_truoc", "so-nn");
		SecretCipher rotated = new SecretCipher(
				new SecretKeyProperties(Map.of("k2025", KEY_2025, "k2026", KEY_2026), "k2026", null));

		assertThat(rotated.decrypt(before, "so-nn")).isEqualTo("whsec_truoc");
		assertThat(rotated.encrypt("whsec_sau", "so-nn")).startsWith("v2:k2026:");
	}

	@Test
	void readsSecretsStoredBeforeKeyIdsWithTheLegacyKey() throws Exception {
		// The v1 form: Base64 of the nonce and the ciphertext, the organisation id as
		// AAD.
		javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
		byte[] nonce = new byte[12];
		aes.init(javax.crypto.Cipher.ENCRYPT_MODE,
				new javax.crypto.spec.SecretKeySpec(Base64.getDecoder().decode(KEY_2025), "AES"),
				new javax.crypto.spec.GCMParameterSpec(128, nonce));
		aes.updateAAD("so-nn".getBytes());
		byte[] sealed = aes.doFinal("bi-mat-cu-cua-so".getBytes());
		byte[] both = new byte[12 + sealed.length];
		System.arraycopy(sealed, 0, both, 12, sealed.length);
		String legacy = "v1:" + Base64.getEncoder().encodeToString(both);

		SecretCipher withLegacy = new SecretCipher(
				new SecretKeyProperties(Map.of("k2026", KEY_2026), "k2026", KEY_2025));

		assertThat(withLegacy.decrypt(legacy, "so-nn")).isEqualTo("bi-mat-cu-cua-so");
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(legacy, "so-nn"));
	}

	@Test
	void refusesToStartWithoutAKeyNamingTheProperty() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretCipher(new SecretKeyProperties(Map.of("k1", ""), "k1", "")))
			.withMessageContaining("giamsat.notification.secret-keys")
			.withMessageContaining("NOTIFICATION_SECRET_KEY");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretCipher(new SecretKeyProperties(Map.of("k1", KEY_2025), "k2", null)))
			.withMessageContaining("secret-key-id");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretCipher(new SecretKeyProperties(Map.of("k1", "c2hvcnQ="), "k1", null)))
			.withMessageContaining("giamsat.notification.secret-keys.k1 must be 16, 24 or 32 bytes");
	}

	private static String key(int fill) {
		byte[] key = new byte[32];
		java.util.Arrays.fill(key, (byte) fill);
		return Base64.getEncoder().encodeToString(key);
	}

}
