package vn.mttq.giamsat.notification.channel.webhook;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that encrypt webhook secrets at rest ({@code giamsat.notification.*}).
 *
 * @param secretKeys the key ring: key id to an AES key of 16, 24 or 32 bytes in Base64;
 * blank entries are left out
 * @param secretKeyId the id of the key new secrets are encrypted with; the others only
 * decrypt, so a rotation adds a key and points this at it
 * @param legacySecretKey the key of secrets stored before key ids, or blank if there are
 * none
 */
@ConfigurationProperties("giamsat.notification")
public record SecretKeyProperties(Map<String, String> secretKeys, String secretKeyId, String legacySecretKey) {

	public SecretKeyProperties {
		secretKeys = (secretKeys != null) ? Map.copyOf(secretKeys) : Map.of();
	}

}
