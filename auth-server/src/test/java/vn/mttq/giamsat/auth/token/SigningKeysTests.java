package vn.mttq.giamsat.auth.token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeysTests {

	@Test
	void keyReadFromPemIsTheSameKeyWithAStableKeyId() throws Exception {
		RSAKey generated = SigningKeys.generate();
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(generated.toPrivateKey().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";

		RSAKey loaded = SigningKeys.load(new ByteArrayResource(pem.getBytes(StandardCharsets.US_ASCII)));
		RSAKey loadedAgain = SigningKeys.load(new ByteArrayResource(pem.getBytes(StandardCharsets.US_ASCII)));

		assertThat(loaded.getModulus()).isEqualTo(generated.getModulus());
		assertThat(loaded.isPrivate()).isTrue();
		assertThat(loaded.getKeyID()).isEqualTo(loadedAgain.getKeyID()).isEqualTo(generated.getKeyID());
	}

	@Test
	void unreadableKeyStopsTheStartWithItsLocation() {
		assertThatIllegalStateException()
			.isThrownBy(() -> SigningKeys.load(new ByteArrayResource("not a key".getBytes(), "test key")))
			.withMessageContaining("test key");
	}

}
