package vn.mttq.giamsat.notification.channel.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.mttq.giamsat.notification.support.TestResolver;
import vn.mttq.giamsat.support.domain.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Where a webhook may be sent: public addresses only, in any notation, resolved when it
 * is set and again when it is called.
 */
class WebhookUrlsTests {

	final TestResolver resolver = new TestResolver().answer("127.0.0.1.nip.io", "127.0.0.1")
		.answer("localtest.me", "127.0.0.1", "::1")
		.answer("metadata.google.internal", "169.254.169.254")
		.answer("one-of-two-inside.example.com", "203.162.4.1", "10.0.0.1")
		.answer("nat.example.com", "100.64.0.1");

	final WebhookUrls urls = new WebhookUrls(this.resolver, false, false);

	@ParameterizedTest
	@ValueSource(strings = { "https://127.0.0.1/x", "https://0x7f000001/x", "https://0177.0.0.1/x",
			"https://2130706433/x", "https://localhost/x", "https://api.localhost/x", "https://[::1]/x",
			"https://[::127.0.0.1]/x", "https://[::ffff:127.0.0.1]/x", "https://[::ffff:a9fe:a9fe]/x",
			"https://[64:ff9b::7f00:1]/x", "https://[64:ff9b::a00:1]/x", "https://[64:ff9b:1::808:808]/x",
			"https://[2002:7f00:1::]/x", "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x", "https://100.64.0.1/x",
			"https://100.127.255.254/x", "https://10.0.0.5/x", "https://172.16.3.4/x", "https://192.168.1.20/x",
			"https://169.254.169.254/latest/meta-data", "https://[fe80::1]/x", "https://[fe80::1%25eth0]/x",
			"https://[fd00::1]/x", "https://0.0.0.0/x", "https://[::]/x", "https://224.0.0.1/x",
			"https://255.255.255.255/x", "https://240.0.0.1/x", "https://192.0.0.8/x", "https://192.0.2.10/x",
			"https://198.51.100.7/x", "https://203.0.113.9/x", "https://198.18.0.1/x", "https://[2001:db8::1]/x",
			"https://[ff02::1]/x", "https://[100::1]/x", "https://127.0.0.1.nip.io/x", "https://localtest.me/x",
			"https://metadata.google.internal/x", "https://one-of-two-inside.example.com/x",
			"https://nat.example.com/x", "https://nowhere.invalid/x" })
	void refusesEveryAddressOffThePublicNetworkInEveryNotation(String url) {
		assertThat(this.urls.formProblem(url)).as("its form is right").isEmpty();
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> this.urls.check(url))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("webhook.url"))
			.withMessageStartingWith("The webhook URL cannot be used");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://hethong.so.gov.vn:99999/x", "https://hethong.so.gov.vn:0/x",
			"http://hethong.so.gov.vn/x", "ftp://hethong.so.gov.vn/x", "file:///etc/passwd", "javascript:alert(1)",
			"https://user:pass@hethong.so.gov.vn/x", "https://hethong.so.gov.vn/x#frag", "https:///x",
			"https://localhost./x", "https://hethong.so.gov.vn./x", "https://he thong.so.gov.vn/x", "không phải URL",
			"https://127.1/x", "https://0x7f.0.0.1/x" })
	void saysWhatTheFormOfAUrlMustBeFromTheUrlAlone(String url) {
		assertThat(this.urls.formProblem(url))
			.hasValueSatisfying((problem) -> assertThat(problem.inEnglish()).startsWith("must"));
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> this.urls.check(url))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("webhook.url"))
			.withMessageStartingWith("The webhook URL must");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://hethong.so.gov.vn/giamsat/hook?k=1", "https://203.162.4.1:8443/hook",
			"https://[2001:4860:4860::8888]/hook", "https://[64:ff9b::808:808]/hook", "https://[2002:808:808::1]/x",
			"https://[::ffff:8.8.8.8]/x" })
	void acceptsPublicAddressesAndNamesThatResolveToThem(String url) {
		assertThat(this.urls.check(url)).hasScheme("https");
	}

	@Test
	void saysWhichRangeAnAddressIsIn() {
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> this.urls.check("https://nat.example.com/x"))
			.withMessageContaining("nat.example.com")
			.withMessageContaining("100.64.0.1 is carrier-grade NAT (100.64.0.0/10)");
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> this.urls.check("https://0177.0.0.1/x"))
			.withMessageContaining("unusual notation");
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> this.urls.check("https://nowhere.invalid/x"))
			.withMessageContaining("does not resolve");
	}

	@Test
	void allowsNetworksInsideTheDeploymentOnlyWhereAllowedAndNeverMetadataOrOddNotations() {
		WebhookUrls inside = new WebhookUrls(this.resolver, true, true);
		for (String url : new String[] { "http://127.0.0.1:8080/x", "https://10.0.0.5/x", "https://localhost/x",
				"https://100.64.0.1/x", "https://[fd00::1]/x", "https://localtest.me/x" }) {
			assertThat(inside.check(url)).as(url).isNotNull();
		}
		for (String url : new String[] { "https://169.254.169.254/x", "https://metadata.google.internal/x",
				"https://0x7f000001/x", "https://localhost./x", "https://[ff02::1]/x", "https://0.0.0.0/x" }) {
			assertThatExceptionOfType(BusinessRuleException.class).as(url).isThrownBy(() -> inside.check(url));
		}
	}

	@Test
	void resolvesTheNameAgainWhenCalledSoANameThatNowPointsInsideIsRefused() throws Exception {
		this.resolver.answer("rebinding.example.com", "203.162.4.1");
		assertThat(this.urls.check("https://rebinding.example.com/hook")).isNotNull();

		this.resolver.answer("rebinding.example.com", "127.0.0.1");

		assertThatExceptionOfType(WebhookAddressRefused.class)
			.isThrownBy(() -> this.urls.resolve("rebinding.example.com"))
			.withMessageContaining("127.0.0.1 is loopback");
		assertThatExceptionOfType(WebhookAddressRefused.class).isThrownBy(() -> this.urls.resolve("::1"));
	}

}
