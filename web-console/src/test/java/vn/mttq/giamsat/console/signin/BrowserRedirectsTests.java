package vn.mttq.giamsat.console.signin;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserRedirectsTests {

	@Test
	void theIssuersInternalAddressBecomesTheOneTheBrowserReaches() {
		BrowserRedirects redirects = new BrowserRedirects(URI.create("http://auth-server:9000"),
				URI.create("http://localhost:9000/"));

		assertThat(redirects.rebase("http://auth-server:9000/oauth2/authorize?client_id=web-console"))
			.isEqualTo("http://localhost:9000/oauth2/authorize?client_id=web-console");
		assertThat(redirects.rebase("http://auth-server:90001/x")).isEqualTo("http://auth-server:90001/x");
		assertThat(redirects.rebase("/co-quan")).isEqualTo("/co-quan");
	}

	@Test
	void nothingChangesWhenBothAreTheSame() {
		BrowserRedirects redirects = new BrowserRedirects(URI.create("http://localhost:9000"),
				URI.create("http://localhost:9000"));

		assertThat(redirects.rebase("http://localhost:9000/connect/logout"))
			.isEqualTo("http://localhost:9000/connect/logout");
	}

}
