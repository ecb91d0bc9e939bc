package vn.mttq.giamsat.auth;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The server on a random port with a blank issuer and the local run's profile (demo
 * users, password grant on), as the end-to-end tests start it: the issuer is then
 * {@code http://localhost:<port>}, taken from the requests. The test classes extending
 * this share one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "giamsat.auth.issuer=")
@ActiveProfiles("local")
abstract class RunningServerTests {

	@LocalServerPort
	int port;

	HttpSession http;

	@BeforeEach
	void newSession() {
		this.http = new HttpSession("http://localhost:" + this.port);
	}

	String issuer() {
		return "http://localhost:" + this.port;
	}

	/** A password-grant token request of the demo client. */
	HttpResponse<String> passwordGrant(String username, String password) {
		return this.http.token("giamsat-cli", "giamsat-cli-secret",
				HttpSession.form("grant_type", "password", "username", username, "password", password));
	}

}
