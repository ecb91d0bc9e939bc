package vn.mttq.giamsat.auth.token;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ssl.pem.PemContent;
import org.springframework.core.io.Resource;

/**
 * The RS256 key that signs every token: read from a PEM file when one is configured,
 * otherwise generated at startup.
 */
public final class SigningKeys {

	private static final Log logger = LogFactory.getLog(SigningKeys.class);

	private SigningKeys() {
	}

	/**
	 * A new 2048-bit RSA key; it lives only as long as this process.
	 * @return the key, with a random key id
	 */
	public static RSAKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = withThumbprintId(
					new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()));
			logger.warn("Signing tokens with an RSA key generated at startup (kid " + key.getKeyID()
					+ "): tokens issued before a restart are no longer valid. "
					+ "Set giamsat.auth.signing-key.location to a PEM private key to keep the key across restarts.");
			return key;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate an RSA signing key", ex);
		}
	}

	/**
	 * Reads an RSA private key (PKCS#8 {@code PRIVATE KEY} or PKCS#1
	 * {@code RSA PRIVATE KEY} PEM) and derives its public half.
	 * @param pem the PEM file
	 * @return the key, its id the RFC 7638 thumbprint so it is the same after a restart
	 */
	public static RSAKey load(Resource pem) {
		try (InputStream in = pem.getInputStream()) {
			PrivateKey privateKey = PemContent.load(in).getPrivateKey();
			if (!(privateKey instanceof RSAPrivateCrtKey rsa)) {
				throw new InvalidKeyException("not an RSA private key with its CRT parameters");
			}
			RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
			RSAKey key = withThumbprintId(new RSAKey.Builder(publicKey).privateKey(rsa));
			logger.info("Signing tokens with the RSA key from " + pem.getDescription() + " (kid " + key.getKeyID()
					+ ", " + rsa.getModulus().bitLength() + " bits)");
			return key;
		}
		// PemContent reports a file without a usable key as an IllegalStateException.
		catch (IOException | GeneralSecurityException | IllegalStateException ex) {
			throw new IllegalStateException(
					"Cannot read the signing key " + pem.getDescription() + ": " + ex.getMessage(), ex);
		}
	}

	private static RSAKey withThumbprintId(RSAKey.Builder builder) {
		try {
			RSAKey key = builder.keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
			return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot compute the key id", ex);
		}
	}

}
