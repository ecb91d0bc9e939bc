package vn.mttq.giamsat.auth;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server on a random port with a blank issuer, as the end-to-end tests start it: the
 * issuer is then {@code http://localhost:<port>}, taken from the requests. The test
 * classes extending this share one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "giamsat.auth.issuer=")
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

}
