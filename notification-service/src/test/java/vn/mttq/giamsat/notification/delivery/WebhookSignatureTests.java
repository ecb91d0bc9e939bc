package vn.mttq.giamsat.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.notification.channel.webhook.WebhookSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signatures as Standard Webhooks receivers check them.
 */
class WebhookSignatureTests {

	static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";

	static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

	@Test
	void signsAsTheStandardsOwnExampleSays() {
		assertThat(WebhookSignature.sign(SECRET, ID, 1614265330, BODY))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
		assertThat(WebhookSignature.ID).isEqualTo("webhook-id");
		assertThat(WebhookSignature.TIMESTAMP).isEqualTo("webhook-timestamp");
		assertThat(WebhookSignature.SIGNATURE).isEqualTo("webhook-signature");
	}

	@Test
	void coversTheIdSoADeliveryCannotBePassedOffAsAnother() {
		String signature = WebhookSignature.sign(SECRET, ID, 1614265330, BODY);

		assertThat(WebhookSignature.matches(SECRET, ID, 1614265330, BODY, signature)).isTrue();
		assertThat(WebhookSignature.matches(SECRET, "msg_another", 1614265330, BODY, signature)).isFalse();
		assertThat(WebhookSignature.matches(SECRET, ID, 1614265331, BODY, signature)).isFalse();
		assertThat(WebhookSignature.matches(SECRET, ID, 1614265330, "{}".getBytes(StandardCharsets.UTF_8), signature))
			.isFalse();
		assertThat(WebhookSignature.matches(WebhookSecrets.generate(), ID, 1614265330, BODY, signature)).isFalse();
	}

	@Test
	void signsWithTheNewAndThePreviousSecretDuringARotation() {
		String next = WebhookSecrets.generate();

		String header = WebhookSignature.sign(List.of(next, SECRET), ID, 1614265330, BODY);

		assertThat(header.split(" ")).hasSize(2).allMatch((value) -> value.startsWith("v1,"));
		assertThat(WebhookSignature.matches(SECRET, ID, 1614265330, BODY, header)).as("a receiver not yet switched")
			.isTrue();
		assertThat(WebhookSignature.matches(next, ID, 1614265330, BODY, header)).as("a receiver already switched")
			.isTrue();
	}

	@Test
	void acceptsOnlySecretsInTheStandardForm() {
		assertThat(WebhookSecrets.formProblem(SECRET)).isEmpty();
		assertThat(WebhookSecrets.formProblem(WebhookSecrets.generate())).isEmpty();
		for (String refused : new String[] { "bi-mat-chung-cua-so-2026", "whsec_", "whsec_not base64!",
				"whsec_c2hvcnQ=" }) {
			assertThat(WebhookSecrets.formProblem(refused)).as(refused)
				.hasValueSatisfying((problem) -> assertThat(problem.inEnglish()).startsWith("must be whsec_ followed"));
		}
	}

}
