package vn.mttq.giamsat.support.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.mttq.giamsat.localstack.LocalIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization test matrix of a service: every API endpoint with the status each
 * kind of caller must get. {@link #mappedEndpoints} lists what the service really maps,
 * so a test fails when an endpoint is added without a row here.
 */
public final class AuthorizationMatrix {

	/**
	 * Who calls: each role for the owning organisation and for another, and broken
	 * tokens.
	 */
	public enum Caller {

		ANONYMOUS, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR, ADMIN, NO_ROLE, EXPIRED, FOREIGN_ISSUER,
		FORGED

	}

	private AuthorizationMatrix() {
	}

	/**
	 * Makes a token per caller.
	 * @param issuer the issuer the service trusts
	 * @param frontBody the Front body that owns the test data
	 * @param agency the agency the test data concerns
	 * @return a token per caller; none for {@link Caller#ANONYMOUS}
	 */
	public static Map<Caller, String> tokens(LocalIssuer issuer, String frontBody, String agency) {
		Map<Caller, String> tokens = new EnumMap<>(Caller.class);
		tokens.put(Caller.FRONT_OWN, issuer.token("front.own", frontBody, "FRONT_OFFICIAL"));
		tokens.put(Caller.FRONT_OTHER, issuer.token("front.other", "ubmttq-another-body", "FRONT_OFFICIAL"));
		tokens.put(Caller.AGENCY_OWN, issuer.token("agency.own", agency, "AGENCY_OFFICER"));
		tokens.put(Caller.AGENCY_OTHER, issuer.token("agency.other", "another-agency", "AGENCY_OFFICER"));
		tokens.put(Caller.MONITOR, issuer.token("monitor", "ubmttq-monitoring", "MONITOR"));
		tokens.put(Caller.ADMIN, issuer.token("admin", "ubmttq-admin", "ADMIN"));
		// A valid token of the trusted issuer that grants no role of this system.
		tokens.put(Caller.NO_ROLE, issuer.token("client.without.role", frontBody));
		tokens.put(Caller.EXPIRED, issuer.expiredToken("front.own", frontBody, "FRONT_OFFICIAL"));
		try (LocalIssuer foreign = LocalIssuer.start()) {
			tokens.put(Caller.FOREIGN_ISSUER, foreign.token("front.own", frontBody, "FRONT_OFFICIAL"));
		}
		tokens.put(Caller.FORGED, forged(tokens.get(Caller.FRONT_OWN)));
		return tokens;
	}

	/**
	 * Changes one character of a token's signature, as someone would who edits the claims
	 * and cannot sign them.
	 */
	private static String forged(String token) {
		int signature = token.lastIndexOf('.') + 1;
		char replaced = (token.charAt(signature) == 'A') ? 'B' : 'A';
		return token.substring(0, signature) + replaced + token.substring(signature + 1);
	}

	/**
	 * The rows of the dead-letter operations, which a consuming service offers to
	 * administrators only.
	 * @return the four rows
	 */
	public static List<Endpoint> deadLetterEndpoints() {
		Caller[] others = { Caller.FRONT_OWN, Caller.FRONT_OTHER, Caller.AGENCY_OWN, Caller.AGENCY_OTHER,
				Caller.MONITOR };
		return List.of(
				Endpoint.of(HttpMethod.GET, "/api/v1/dead-letters", () -> "/api/v1/dead-letters", null)
					.expect(200, Caller.ADMIN)
					.expect(403, others)
					.build(),
				Endpoint.of(HttpMethod.GET, "/api/v1/dead-letters/{id}", () -> "/api/v1/dead-letters/unknown", null)
					.expect(404, Caller.ADMIN)
					.expect(403, others)
					.build(),
				Endpoint
					.of(HttpMethod.POST, "/api/v1/dead-letters/{id}/replay",
							() -> "/api/v1/dead-letters/unknown/replay", null)
					.expect(404, Caller.ADMIN)
					.expect(403, others)
					.build(),
				Endpoint.of(HttpMethod.POST, "/api/v1/dead-letters/replay", () -> "/api/v1/dead-letters/replay", null)
					.expect(200, Caller.ADMIN)
					.expect(403, others)
					.build());
	}

	/**
	 * Lists the API endpoints a service maps, as {@code "GET /api/v1/things/{id}"}.
	 * @param context the service's application context
	 * @return the endpoints under {@code /api/}
	 */
	public static Set<String> mappedEndpoints(ApplicationContext context) {
		Set<String> endpoints = new TreeSet<>();
		Map<RequestMappingInfo, HandlerMethod> methods = context
			.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
			.getHandlerMethods();
		for (RequestMappingInfo info : methods.keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					info.getMethodsCondition().getMethods().forEach((method) -> endpoints.add(method + " " + pattern));
				}
			}
		}
		return endpoints;
	}

	/**
	 * Calls every endpoint as every caller and checks the status; broken tokens must get
	 * 401 everywhere.
	 * @param http a client of the service
	 * @param tokens the callers' tokens
	 * @param endpoints the rows of the matrix
	 * @return one test per endpoint and caller
	 */
	public static Stream<DynamicTest> check(RestTestClient http, Map<Caller, String> tokens, List<Endpoint> endpoints) {
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			for (Caller caller : Caller.values()) {
				int expected = switch (caller) {
					case ANONYMOUS, EXPIRED, FOREIGN_ISSUER, FORGED -> 401;
					case NO_ROLE -> 403;
					default -> endpoint.expected().get(caller);
				};
				tests.add(DynamicTest.dynamicTest(endpoint.key() + " as " + caller + " -> " + expected,
						() -> assertThat(call(http, endpoint, tokens.get(caller))).isEqualTo(expected)));
			}
		}
		return tests.stream();
	}

	private static int call(RestTestClient http, Endpoint endpoint, String token) {
		RestTestClient.RequestBodySpec request = http.method(endpoint.method()).uri(endpoint.uri().get());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (endpoint.body() != null) {
			request.contentType(endpoint.contentType()).body(endpoint.body().get());
		}
		return request.exchange().returnResult().getStatus().value();
	}

	/**
	 * One row of the matrix.
	 *
	 * @param method the HTTP method
	 * @param pattern the mapped path pattern
	 * @param uri the concrete URI to call, made anew for each call
	 * @param body the request body, made anew for each call, or {@code null}
	 * @param contentType the body's type
	 * @param expected the status per role caller
	 */
	public record Endpoint(HttpMethod method, String pattern, Supplier<String> uri, Supplier<String> body,
			MediaType contentType, Map<Caller, Integer> expected) {

		public Endpoint {
			for (Caller caller : List.of(Caller.FRONT_OWN, Caller.FRONT_OTHER, Caller.AGENCY_OWN, Caller.AGENCY_OTHER,
					Caller.MONITOR, Caller.ADMIN)) {
				if (!expected.containsKey(caller)) {
					throw new IllegalArgumentException(method + " " + pattern + " has no expectation for " + caller);
				}
			}
		}

		public String key() {
			return this.method + " " + this.pattern;
		}

		/**
		 * Starts a row.
		 * @param method the method
		 * @param pattern the mapped pattern
		 * @param uri the URI to call
		 * @param body the body, or {@code null}
		 * @return a builder of the expectations
		 */
		public static Expectations of(HttpMethod method, String pattern, Supplier<String> uri, Supplier<String> body) {
			return new Expectations(method, pattern, uri, body);
		}

	}

	/**
	 * Collects the expected status of each role caller for one endpoint.
	 */
	public static final class Expectations {

		private final HttpMethod method;

		private final String pattern;

		private final Supplier<String> uri;

		private final Supplier<String> body;

		private final Map<Caller, Integer> expected = new EnumMap<>(Caller.class);

		private MediaType contentType = MediaType.APPLICATION_JSON;

		Expectations(HttpMethod method, String pattern, Supplier<String> uri, Supplier<String> body) {
			this.method = method;
			this.pattern = pattern;
			this.uri = uri;
			this.body = body;
		}

		public Expectations expect(int status, Caller... callers) {
			for (Caller caller : callers) {
				this.expected.put(caller, status);
			}
			return this;
		}

		/**
		 * Sends the body as another type than JSON.
		 * @param type the body's type
		 * @return these expectations
		 */
		public Expectations contentType(MediaType type) {
			this.contentType = type;
			return this;
		}

		public Endpoint build() {
			return new Endpoint(this.method, this.pattern, this.uri, this.body, this.contentType, this.expected);
		}

	}

}
