package vn.mttq.giamsat.notification.channel;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.support.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The rules of channel settings: webhook URLs, secrets encrypted at rest, quiet hours.
 */
class ChannelRulesTests {

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	final SecretCipher cipher = new SecretCipher(Base64.getEncoder().encodeToString(new byte[32]));

	@Test
	void acceptsOnlyHttpAndHttpsUrlsWithoutCredentials() {
		assertThat(WebhookUrls.check("https://hethong.so.gov.vn/giamsat/hook?k=1", false)).hasHost("hethong.so.gov.vn");
		assertThat(WebhookUrls.check("http://203.162.4.1:8080/hook", false)).hasPort(8080);
		for (String refused : new String[] { "ftp://so.gov.vn/x", "javascript:alert(1)", "file:///etc/passwd",
				"https://user:pass@so.gov.vn/hook", "https://token@so.gov.vn/hook", "https:///nohost", "hook",
				"https://so.gov.vn/hook#x", "http://so gov.vn" }) {
			assertThatExceptionOfType(BusinessRuleException.class).as(refused)
				.isThrownBy(() -> WebhookUrls.check(refused, false));
		}
	}

	@Test
	void refusesThisMachineAndPrivateNetworksUnlessAllowed() throws Exception {
		for (String inside : new String[] { "http://localhost:9083/actuator/prometheus", "http://127.0.0.1/x",
				"http://10.0.0.5/hook", "http://192.168.1.20/hook", "http://169.254.169.254/latest/meta-data",
				"http://[::1]/x", "http://[fd00::1]/x", "http://0.0.0.0/x", "http://api.localhost/x" }) {
			assertThatExceptionOfType(BusinessRuleException.class).as(inside)
				.isThrownBy(() -> WebhookUrls.check(inside, false))
				.withMessageContaining("public network");
			assertThat(WebhookUrls.check(inside, true)).as(inside).isNotNull();
		}
		assertThat(WebhookUrls.resolvesToPrivateNetwork("localhost")).isTrue();
		assertThat(WebhookUrls.resolvesToPrivateNetwork("203.162.4.1")).isFalse();
	}

	@Test
	void encryptsSecretsSoTheyCannotBeReadOrMovedToAnotherOrganisation() {
		String stored = this.cipher.encrypt("bi-mat-cua-so-nong-nghiep", "so-nn");

		assertThat(stored).startsWith("v1:").doesNotContain("bi-mat");
		assertThat(this.cipher.encrypt("bi-mat-cua-so-nong-nghiep", "so-nn")).isNotEqualTo(stored);
		assertThat(this.cipher.decrypt(stored, "so-nn")).isEqualTo("bi-mat-cua-so-nong-nghiep");
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(stored, "so-khac"));
		SecretCipher otherKey = new SecretCipher(Base64.getEncoder().encodeToString(new byte[16]));
		assertThatIllegalStateException().isThrownBy(() -> otherKey.decrypt(stored, "so-nn"));
	}

	@Test
	void refusesToStoreASecretWithoutAKey() {
		SecretCipher none = new SecretCipher("");

		assertThat(none.configured()).isFalse();
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> none.encrypt("x".repeat(20), "so"));
	}

	@Test
	void holdsMailDuringQuietHoursThatSpanMidnight() {
		QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0));

		// 22:30 and 05:00 in Hà Nội are quiet; both end at 07:00 the next morning.
		assertThat(night.endIfQuiet(Instant.parse("2026-04-02T15:30:00Z"), HANOI))
			.contains(Instant.parse("2026-04-03T00:00:00Z"));
		assertThat(night.endIfQuiet(Instant.parse("2026-04-02T22:00:00Z"), HANOI))
			.contains(Instant.parse("2026-04-03T00:00:00Z"));
		assertThat(night.endIfQuiet(Instant.parse("2026-04-03T03:00:00Z"), HANOI)).isEmpty();
	}

	@Test
	void holdsMailDuringQuietHoursWithinADay() {
		QuietHours lunch = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30));

		assertThat(lunch.endIfQuiet(Instant.parse("2026-04-02T05:00:00Z"), HANOI))
			.contains(Instant.parse("2026-04-02T06:30:00Z"));
		assertThat(lunch.endIfQuiet(Instant.parse("2026-04-02T06:30:00Z"), HANOI)).isEmpty();
	}

}
