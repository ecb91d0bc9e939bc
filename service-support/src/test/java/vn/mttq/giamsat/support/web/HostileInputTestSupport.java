package vn.mttq.giamsat.support.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
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
import org.springframework.web.util.UriUtils;

import vn.mttq.giamsat.support.security.AuthorizationMatrix;
import vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two checks of every service's hostile-input test: every mapped endpoint is
 * attacked, and no hostile case breaks one. A service's test names its endpoints, with
 * the caller allowed to use each, and its callers' tokens.
 */
public abstract class HostileInputTestSupport {

	/** The Front body that owns the attacked data. */
	protected static final String FRONT_BODY = "ubmttq-tinh-hostile";

	/** An organisation id that holds Vietnamese letters, in NFC. */
	protected static final String VN_AGENCY = "ubnd-xã-mường-phăng";

	@LocalServerPort
	protected int port;

	@Autowired
	protected ApplicationContext context;

	/**
	 * Each endpoint of the service with the caller that may use it.
	 * @return the endpoints, in the order to attack them
	 */
	protected abstract Map<HostileRequests.Endpoint, Caller> endpoints();

	/**
	 * The callers' tokens, usually {@link AuthorizationMatrix#tokens}.
	 * @return a token per caller
	 */
	protected abstract Map<Caller, String> tokens();

	/**
	 * Returns text in its decomposed form (NFD), as some keyboards and systems send
	 * Vietnamese.
	 * @param text the text
	 * @return the same text, decomposed
	 */
	protected static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

	protected static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void everyEndpointIsAttacked() {
		assertThat(endpoints().keySet().stream().map(HostileRequests.Endpoint::key).collect(Collectors.toSet()))
			.isEqualTo(AuthorizationMatrix.mappedEndpoints(this.context));
	}

	/**
	 * Requests any endpoint may get, refused before a handler runs: a query string that
	 * is not UTF-8 or holds too many parameters, a control character in a parameter, the
	 * container's error page, a chunked body over the limit whose first bytes are a
	 * complete JSON value.
	 */
	@TestFactory
	Stream<DynamicTest> requestsNoEndpointCanHandleAreRefusedBeforeAHandler() {
		Map.Entry<HostileRequests.Endpoint, Caller> first = endpoints().entrySet()
			.stream()
			.filter((endpoint) -> tokens().get(endpoint.getValue()) != null)
			.findFirst()
			.orElseThrow();
		String token = tokens().get(first.getValue());
		return RawRequests.cases(first.getKey())
			.map((raw) -> DynamicTest.dynamicTest(raw.name(), () -> raw.assertRefused(this.port, token)));
	}

	@TestFactory
	Stream<DynamicTest> noHostileInputBreaksAnEndpoint() {
		RestTestClient http = RestTestClient.bindToServer().baseUrl(baseUrl()).build();
		return endpoints().entrySet()
			.stream()
			.flatMap((attack) -> HostileRequests.check(http, baseUrl(), tokens().get(attack.getValue()),
					attack.getKey().cases()));
	}

}
