package vn.mttq.giamsat.support.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller;
import vn.mttq.giamsat.support.security.AuthorizationMatrix.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two checks of every service's authorization matrix: each mapped endpoint has a row,
 * and each caller gets what its row says. A service's test names its rows and its
 * callers' tokens.
 */
public abstract class AuthorizationMatrixTestSupport {

	@LocalServerPort
	protected int port;

	@Autowired
	protected ApplicationContext context;

	/**
	 * The rows of this service's matrix.
	 * @return one row per endpoint
	 */
	protected abstract List<Endpoint> endpoints();

	/**
	 * The callers' tokens, usually {@link AuthorizationMatrix#tokens}.
	 * @return a token per caller
	 */
	protected abstract Map<Caller, String> tokens();

	protected RestTestClient http() {
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void everyEndpointHasARow() {
		assertThat(AuthorizationMatrix.mappedEndpoints(this.context))
			.isEqualTo(endpoints().stream().map(Endpoint::key).collect(Collectors.toSet()));
	}

	@TestFactory
	Stream<DynamicTest> everyCallerGetsWhatTheRuleSays() {
		return AuthorizationMatrix.check(http(), tokens(), endpoints());
	}

}
