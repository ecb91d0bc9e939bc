package vn.mttq.giamsat.support.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile inputs for the endpoints of a service, made from a valid request: malformed
 * JSON, wrong types, missing and unknown fields, huge and oversized values, impossible
 * dates and unknown enum constants, injection and traversal strings, and hostile query
 * values and path variables. Each {@link Case} has a readable name and says whether a 2xx
 * answer is legitimate and, if so, which texts must come back verbatim (in NFC).
 * {@link #check} sends them and asserts the answers; answers that hit a known, not yet
 * fixed {@link Gap} are reported as aborted (skipped) with the answer. Set the
 * environment variable {@code HOSTILE_DEBUG} to print every case with its answer.
 */
public final class HostileRequests {

	/** A string far longer than any field allows. */
	public static final int HUGE = 200_000;

	/** A body size over the services' 1 MB limit. */
	public static final int OVER_LIMIT = 1_100_000;

	/** A Vietnamese text, decomposed: base letters followed by combining marks. */
	public static final String NFD_VIETNAMESE = Normalizer.normalize("Mường Phăng, Điện Biên: kiến nghị",
			Normalizer.Form.NFD);

	/**
	 * Texts an attacker sends in a text field, by name; each is legitimate text that must
	 * be stored verbatim (the NFD one as NFC) or refused by a rule, never break anything.
	 */
	public static final Map<String, String> INJECTIONS = injections();

	/**
	 * Texts no field may hold: control, bidirectional and zero-width characters.
	 */
	public static final Map<String, String> UNSAFE_TEXTS = unsafeTexts();

	/**
	 * Hostile path variables, already percent-encoded as they travel, by name.
	 */
	public static final Map<String, String> PATH_VALUES = pathValues();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	private static final AtomicLong UNIQUE = new AtomicLong();

	private HostileRequests() {
	}

	/**
	 * Starts the hostile cases of one endpoint.
	 * @param method the HTTP method
	 * @param pattern the mapped pattern, e.g. {@code /api/v1/activities/{id}}
	 * @param pathValues a valid value for each of the pattern's variables, in order
	 * @return a builder
	 */
	public static Endpoint endpoint(HttpMethod method, String pattern, String... pathValues) {
		return new Endpoint(method, pattern, pathValues);
	}

	/**
	 * The dead-letter operations a consuming service offers to administrators (see
	 * {@code AuthorizationMatrix.deadLetterEndpoints()}). Replaying every pending dead
	 * letter takes no input, so it has no hostile case (and is not called).
	 * @return the four endpoints
	 */
	public static List<Endpoint> deadLetterEndpoints() {
		return List.of(endpoint(HttpMethod.GET, "/api/v1/dead-letters").booleanParam("pending").paged(),
				endpoint(HttpMethod.GET, "/api/v1/dead-letters/{id}", "unknown"),
				endpoint(HttpMethod.POST, "/api/v1/dead-letters/{id}/replay", "unknown"),
				endpoint(HttpMethod.POST, "/api/v1/dead-letters/replay"));
	}

	/**
	 * Sends every case with a token and checks the answer: never 5xx; a 4xx is
	 * problem+json with {@code type}, {@code title} and {@code status}; a 2xx only where
	 * the case allows it, and then each echoed text is in the answer and, when the answer
	 * names a {@code Location}, in what that location shows.
	 * @param http a client of the service
	 * @param baseUrl the service's base URL, e.g. {@code http://localhost:8081}
	 * @param token the bearer token to send, one with the right role and organisation
	 * @param cases the cases
	 * @return one test per case
	 */
	public static Stream<DynamicTest> check(RestTestClient http, String baseUrl, String token, List<Case> cases) {
		return cases.stream()
			.map((c) -> DynamicTest.dynamicTest(c.name(), () -> assertHandled(http, baseUrl, token, c)));
	}

	/**
	 * Sends one case and checks the answer as {@link #check} describes.
	 * @param http a client of the service
	 * @param baseUrl the service's base URL
	 * @param token the bearer token
	 * @param hostile the case
	 */
	public static void assertHandled(RestTestClient http, String baseUrl, String token, Case hostile) {
		RestTestClient.RequestBodySpec request = http.method(hostile.method())
			.uri(URI.create(baseUrl + hostile.uri()))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		if (hostile.body() != null) {
			request.contentType(hostile.contentType()).body(hostile.body());
		}
		ExchangeResult result = request.exchange().returnResult();
		int status = result.getStatus().value();
		String body = new String(orEmpty(result.getResponseBodyContent()), StandardCharsets.UTF_8);
		String answer = status + " " + result.getResponseHeaders().getContentType() + " " + abbreviate(body);
		if (System.getenv("HOSTILE_DEBUG") != null) {
			System.out.println("HOSTILE | " + hostile.name() + " | " + answer.replace('\n', ' '));
		}
		assertThat(status).as("status of %s; answer %s", hostile.name(), answer).isLessThan(500);
		if (status >= 400) {
			Gap gap = Gap.of(result, status, body);
			if (gap != null && OPEN_GAPS.contains(gap)) {
				Assumptions.abort("known gap " + gap + " (" + gap.description + "): " + answer);
			}
			assertProblem(hostile.name(), result, status, body);
			return;
		}
		if (!hostile.acceptable() && hostile.gapIfAccepted() != null && OPEN_GAPS.contains(hostile.gapIfAccepted())) {
			Assumptions.abort("known gap " + hostile.gapIfAccepted() + " (" + hostile.gapIfAccepted().description
					+ "): " + answer);
		}
		assertThat(hostile.acceptable()).as("%s was accepted (%s) but must be refused", hostile.name(), answer)
			.isTrue();
		JsonNode answered = JSON.readTree(body);
		hostile.echoes()
			.forEach((pointer, expected) -> assertThat(answered.at(pointer).stringValue())
				.as("%s in the answer to %s", pointer, hostile.name())
				.isEqualTo(expected));
		String location = result.getResponseHeaders().getFirst(HttpHeaders.LOCATION);
		if (location != null && !hostile.echoes().isEmpty()) {
			ExchangeResult stored = http.get()
				.uri(URI.create(baseUrl + location))
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.returnResult();
			assertThat(stored.getStatus().value()).as("GET %s after %s", location, hostile.name()).isEqualTo(200);
			JsonNode shown = JSON.readTree(orEmpty(stored.getResponseBodyContent()));
			hostile.echoes()
				.forEach((pointer, expected) -> assertThat(shown.at(pointer).stringValue())
					.as("%s as stored, after %s", pointer, hostile.name())
					.isEqualTo(expected));
		}
	}

	/**
	 * Checks that an error answer is RFC 9457 problem+json with a type, a title and its
	 * status.
	 * @param name what was sent, for the messages
	 * @param result the exchange
	 * @param status its status
	 * @param body its body
	 */
	public static void assertProblem(String name, ExchangeResult result, int status, String body) {
		MediaType contentType = result.getResponseHeaders().getContentType();
		String answer = status + " " + contentType + " " + abbreviate(body);
		assertThat(contentType).as("Content-Type of the answer to %s: %s", name, answer).isNotNull();
		assertThat(contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as("problem+json answer to %s: %s", name, answer)
			.isTrue();
		JsonNode problem = JSON.readTree(body);
		assertThat(problem.path("type").isString()).as("type in the answer to %s: %s", name, answer).isTrue();
		assertThat(problem.path("title").isString()).as("title in the answer to %s: %s", name, answer).isTrue();
		assertThat(problem.path("status").asInt()).as("status in the answer to %s: %s", name, answer).isEqualTo(status);
	}

	/**
	 * Known ways in which the services answer hostile input wrongly, each with the fix
	 * that belongs outside these tests. While a gap is in {@link #OPEN_GAPS}, a case that
	 * hits it is reported as skipped (aborted) with the answer, instead of failing; once
	 * it is fixed, remove it from {@link #OPEN_GAPS} and the cases become strict.
	 */
	public enum Gap {

		/**
		 * Tomcat refuses a path holding an encoded slash ({@code %2F}) or NUL
		 * ({@code %00}) itself, with its HTML error page, before any filter runs.
		 */
		CONTAINER_REJECTS_PATH("Tomcat's HTML error page for an encoded '/' or NUL in the path"),

		/**
		 * Spring Security's firewall refuses a path holding an encoded {@code %} or
		 * {@code ;}, or a {@code ..} segment; the rejection is answered by Boot's
		 * {@code /error}, as plain JSON without type and title.
		 */
		FIREWALL_REJECTS_PATH("Boot's /error JSON for a path the security firewall rejects"),

		/**
		 * Errors Spring MVC answers by itself (415 Unsupported Media Type, 405, 406 ...)
		 * are problem+json without a {@code type}.
		 */
		FRAMEWORK_PROBLEM_WITHOUT_TYPE("problem+json without type, from Spring MVC's own exception handling"),

		/** Jackson reads a JSON number into a {@code LocalDate} as days since 1970. */
		NUMBER_READ_AS_DATE("a JSON number accepted as a date (days since 1970-01-01)"),

		/** Jackson reads a JSON number into an enum as the constant's ordinal. */
		NUMBER_READ_AS_ENUM("a JSON number accepted as an enum constant (its ordinal)");

		private final String description;

		Gap(String description) {
			this.description = description;
		}

		static Gap of(ExchangeResult result, int status, String body) {
			MediaType contentType = result.getResponseHeaders().getContentType();
			if (contentType == null) {
				return null;
			}
			if (status == 400 && contentType.isCompatibleWith(MediaType.TEXT_HTML)
					&& body.contains("HTTP Status 400")) {
				return CONTAINER_REJECTS_PATH;
			}
			if (contentType.isCompatibleWith(MediaType.APPLICATION_JSON)
					&& !contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
				JsonNode error = JSON.readTree(body);
				if (status == 400 && error.has("timestamp") && error.has("error") && !error.has("title")) {
					return FIREWALL_REJECTS_PATH;
				}
			}
			if (contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
				JsonNode problem = JSON.readTree(body);
				if (!problem.has("type") && problem.has("title") && problem.path("status").asInt() == status) {
					return FRAMEWORK_PROBLEM_WITHOUT_TYPE;
				}
			}
			return null;
		}

	}

	/**
	 * The gaps not fixed yet; remove one once it is.
	 */
	public static final Set<Gap> OPEN_GAPS = EnumSet.noneOf(Gap.class);

	private static byte[] orEmpty(byte[] bytes) {
		return (bytes != null) ? bytes : new byte[0];
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
	}

	private static Map<String, String> injections() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("path traversal", "../../etc/passwd");
		values.put("Mongo operator as text", "{\"$gt\": \"\"}");
		values.put("SQL injection", "'; DROP TABLE x; --");
		values.put("script tag", "<script>alert(1)</script>");
		values.put("JNDI lookup", "${jndi:ldap://x}");
		values.put("NFD Vietnamese", NFD_VIETNAMESE);
		return values;
	}

	private static Map<String, String> unsafeTexts() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("null byte", "before\u0000after");
		values.put("bidi override", "invoice\u202Efdp.exe");
		values.put("zero-width space", "ubnd\u200B-xa");
		return values;
	}

	private static Map<String, String> pathValues() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("encoded traversal", "..%2F..%2Fetc");
		values.put("300 characters", "a".repeat(300));
		values.put("encoded null byte", "%00");
		values.put("null byte inside", "abc%00def");
		values.put("double-encoded traversal", "%252e%252e%252fetc");
		values.put("dot dot", "..");
		values.put("Mongo operator", encode("{\"$gt\": \"\"}"));
		values.put("script tag", encode("<script>alert(1)</script>"));
		values.put("SQL injection", encode("'; DROP TABLE x; --"));
		values.put("JNDI lookup", encode("${jndi:ldap://x}"));
		return values;
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * One hostile request.
	 *
	 * @param name what it is, for the test's name
	 * @param method the method
	 * @param uri the path and query, percent-encoded as sent
	 * @param contentType the body's content type, if there is a body
	 * @param body the body, or {@code null}
	 * @param acceptable whether a 2xx answer is legitimate
	 * @param echoes for an accepted request, the JSON pointers of texts that must come
	 * back and their expected values
	 * @param gapIfAccepted for a request that must be refused, the known gap that makes
	 * it accepted, or {@code null}
	 */
	public record Case(String name, HttpMethod method, String uri, MediaType contentType, String body,
			boolean acceptable, Map<String, String> echoes, Gap gapIfAccepted) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * Builds the hostile cases of one endpoint: for its path variables, its query
	 * parameters and its JSON body, as declared.
	 */
	public static final class Endpoint {

		private final HttpMethod method;

		private final String pattern;

		private final String[] pathValues;

		private final Map<String, ParamKind> params = new LinkedHashMap<>();

		private String sample;

		private final Set<String> optional = new LinkedHashSet<>();

		private final Set<String> dates = new LinkedHashSet<>();

		private final Set<String> enums = new LinkedHashSet<>();

		private final Set<String> texts = new LinkedHashSet<>();

		private String unique;

		Endpoint(HttpMethod method, String pattern, String[] pathValues) {
			this.method = method;
			this.pattern = pattern;
			this.pathValues = pathValues;
		}

		/**
		 * Declares a free-text (or id) query parameter, such as a filter.
		 * @param name the parameter
		 * @return this builder
		 */
		public Endpoint textParam(String name) {
			this.params.put(name, ParamKind.TEXT);
			return this;
		}

		/**
		 * Declares a query parameter that takes an enum constant.
		 * @param name the parameter
		 * @return this builder
		 */
		public Endpoint enumParam(String name) {
			this.params.put(name, ParamKind.ENUM);
			return this;
		}

		/**
		 * Declares a boolean query parameter.
		 * @param name the parameter
		 * @return this builder
		 */
		public Endpoint booleanParam(String name) {
			this.params.put(name, ParamKind.BOOLEAN);
			return this;
		}

		/**
		 * Declares the {@code page} and {@code size} parameters.
		 * @return this builder
		 */
		public Endpoint paged() {
			this.params.put("page", ParamKind.PAGE);
			this.params.put("size", ParamKind.SIZE);
			return this;
		}

		/**
		 * Gives a valid JSON body. Its string values are taken as dates when they look
		 * like {@code yyyy-MM-dd}, as enum constants when they look like
		 * {@code UPPER_CASE}, and as text otherwise, unless declared.
		 * @param sample a body the endpoint accepts
		 * @return this builder
		 */
		public Endpoint body(String sample) {
			this.sample = sample;
			return this;
		}

		/**
		 * Names the body fields that may be left out, such as {@code endDate} or
		 * {@code items[0].dueDate}; every other field is required.
		 * @param fields the optional fields
		 * @return this builder
		 */
		public Endpoint optional(String... fields) {
			this.optional.addAll(List.of(fields));
			return this;
		}

		/**
		 * Names body fields that hold dates, where detection would not tell.
		 * @param fields the fields
		 * @return this builder
		 */
		public Endpoint dates(String... fields) {
			this.dates.addAll(List.of(fields));
			return this;
		}

		/**
		 * Names body fields that hold enum constants, where detection would not tell.
		 * @param fields the fields
		 * @return this builder
		 */
		public Endpoint enums(String... fields) {
			this.enums.addAll(List.of(fields));
			return this;
		}

		/**
		 * Names body fields that hold free text, where detection would not tell.
		 * @param fields the fields
		 * @return this builder
		 */
		public Endpoint texts(String... fields) {
			this.texts.addAll(List.of(fields));
			return this;
		}

		/**
		 * Names a body text field whose value must be unique, such as a letter number:
		 * each case gets its own value, so that one accepted case does not make the next
		 * a conflict.
		 * @param field the field
		 * @return this builder
		 */
		public Endpoint unique(String field) {
			this.unique = field;
			return this;
		}

		/**
		 * Makes the cases.
		 * @return every hostile case of this endpoint
		 */
		public List<Case> cases() {
			List<Case> cases = new ArrayList<>();
			pathCases(cases);
			queryCases(cases);
			if (this.sample != null) {
				bodyCases(cases);
			}
			return cases;
		}

		/**
		 * Names the endpoint as the authorization matrix does.
		 * @return e.g. {@code GET /api/v1/activities/{id}}
		 */
		public String key() {
			return this.method + " " + this.pattern;
		}

		private String uri(String... values) {
			String uri = this.pattern;
			for (String value : values) {
				uri = uri.replaceFirst("\\{[^}]+}", Matcher.quoteReplacement(value));
			}
			return uri;
		}

		public String validUri() {
			String[] encoded = new String[this.pathValues.length];
			for (int i = 0; i < encoded.length; i++) {
				encoded[i] = encode(this.pathValues[i]);
			}
			return uri(encoded);
		}

		private void pathCases(List<Case> cases) {
			List<String> names = Pattern.compile("\\{([^}]+)}")
				.matcher(this.pattern)
				.results()
				.map((match) -> match.group(1))
				.toList();
			for (int i = 0; i < names.size(); i++) {
				for (Map.Entry<String, String> hostile : PATH_VALUES.entrySet()) {
					String[] values = new String[this.pathValues.length];
					for (int j = 0; j < values.length; j++) {
						values[j] = (j == i) ? hostile.getValue() : encode(this.pathValues[j]);
					}
					String body = (this.sample != null) ? JSON.writeValueAsString(uniqued(parse(), null)) : null;
					cases.add(new Case(key() + " | path " + names.get(i) + " = " + hostile.getKey(), this.method,
							uri(values), MediaType.APPLICATION_JSON, body, false, Map.of(), null));
				}
			}
		}

		private void queryCases(List<Case> cases) {
			String base = validUri();
			for (Map.Entry<String, ParamKind> param : this.params.entrySet()) {
				String name = param.getKey();
				Map<String, String> acceptable = new LinkedHashMap<>();
				Map<String, String> refused = new LinkedHashMap<>();
				switch (param.getValue()) {
					case TEXT -> {
						INJECTIONS.forEach(acceptable::put);
						UNSAFE_TEXTS.forEach(refused::put);
						refused.put("10,000 characters", "x".repeat(10_000));
					}
					case ENUM -> {
						refused.put("unknown constant", "GALAXY");
						refused.put("lower case", "province");
						refused.put("script tag", "<script>alert(1)</script>");
						acceptable.put("empty", "");
					}
					case BOOLEAN -> {
						refused.put("not a boolean", "maybe");
						refused.put("number", "2");
						acceptable.put("empty", "");
					}
					case PAGE -> {
						refused.put("negative", "-1");
						refused.put("not a number", "abc");
						refused.put("over int range", "2147483648");
						refused.put("huge", "999999999");
					}
					case SIZE -> {
						refused.put("zero", "0");
						refused.put("negative", "-1");
						refused.put("huge", "999999");
						refused.put("not a number", "abc");
					}
				}
				acceptable.forEach((label, value) -> cases.add(queryCase(base, name, label, value, true)));
				refused.forEach((label, value) -> cases.add(queryCase(base, name, label, value, false)));
			}
		}

		private Case queryCase(String base, String name, String label, String value, boolean acceptable) {
			String uri = base + (base.contains("?") ? "&" : "?") + name + "=" + encode(value);
			return new Case(key() + " | query " + name + " = " + label, this.method, uri, null, null, acceptable,
					Map.of(), null);
		}

		private ObjectNode parse() {
			JsonNode node = JSON.readTree(this.sample);
			if (!(node instanceof ObjectNode object)) {
				throw new IllegalArgumentException("The sample body must be a JSON object: " + this.sample);
			}
			return object;
		}

		private void bodyCases(List<Case> cases) {
			String uri = validUri();
			ObjectNode sampleNode = parse();
			String valid = JSON.writeValueAsString(uniqued(sampleNode.deepCopy(), null));
			// Malformed bodies.
			malformed(cases, uri, "truncated JSON", valid.substring(0, valid.length() / 2), MediaType.APPLICATION_JSON);
			malformed(cases, uri, "trailing garbage", valid + "} trailing", MediaType.APPLICATION_JSON);
			malformed(cases, uri, "second JSON value", valid + " {}", MediaType.APPLICATION_JSON);
			malformed(cases, uri, "not JSON at all", "this is not JSON", MediaType.APPLICATION_JSON);
			malformed(cases, uri, "JSON array instead of object", "[" + valid + "]", MediaType.APPLICATION_JSON);
			malformed(cases, uri, "JSON string instead of object", "\"" + "text" + "\"", MediaType.APPLICATION_JSON);
			malformed(cases, uri, "JSON null", "null", MediaType.APPLICATION_JSON);
			malformed(cases, uri, "empty body", "", MediaType.APPLICATION_JSON);
			malformed(cases, uri, "deeply nested arrays", "{\"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}",
					MediaType.APPLICATION_JSON);
			malformed(cases, uri, "text/plain content type", valid, MediaType.TEXT_PLAIN);
			malformed(cases, uri, "XML content type", "<activity/>", MediaType.APPLICATION_XML);
			// Unknown fields, including one the server sets itself.
			body(cases, uri, "unknown field", false, Map.of(), (node) -> node.put("unexpectedField", "x"));
			body(cases, uri, "client-chosen id", false, Map.of(), (node) -> node.put("id", "chosen-by-client"));
			body(cases, uri, "client-set recordedBy", false, Map.of(),
					(node) -> node.set("recordedBy", JSON.valueToTree(Map.of("userId", "someone.else"))));
			// The whole body over the limit, in the first text field.
			leaves(sampleNode).stream()
				.filter((leaf) -> kindOf(leaf, sampleNode) == FieldKind.TEXT)
				.findFirst()
				.ifPresent((leaf) -> body(cases, uri, "body over 1 MB", false, Map.of(),
						(node) -> set(node, leaf, JSON.valueToTree("x".repeat(OVER_LIMIT)))));
			// Each field missing, at the top level and in the first element of arrays.
			for (List<Object> field : fields(sampleNode)) {
				String name = display(field);
				body(cases, uri, name + " missing", this.optional.contains(name), Map.of(),
						(node) -> remove(node, field));
			}
			// Wrong types at the top level.
			for (Map.Entry<String, JsonNode> property : sampleNode.properties()) {
				List<Object> field = List.of(property.getKey());
				String name = property.getKey();
				JsonNode value = property.getValue();
				if (value.isString()) {
					FieldKind kind = kindOf(field, sampleNode);
					switch (kind) {
						// Jackson reads a scalar into a text field as its text:
						// legitimate,
						// as long as it then reads back as that text.
						case TEXT ->
							body(cases, uri, name + " = number instead of text", true, Map.of(pointer(field), "12345"),
									null, field, (node) -> set(node, field, JSON.valueToTree(12345)));
						case DATE -> body(cases, uri, name + " = number instead of a date", false, Map.of(),
								Gap.NUMBER_READ_AS_DATE, field, (node) -> set(node, field, JSON.valueToTree(12345)));
						case ENUM -> {
							body(cases, uri, name + " = number instead of an enum constant", false, Map.of(),
									Gap.NUMBER_READ_AS_ENUM, field, (node) -> set(node, field, JSON.valueToTree(1)));
							body(cases, uri, name + " = out-of-range number instead of an enum constant", false,
									Map.of(), (node) -> set(node, field, JSON.valueToTree(12345)));
						}
					}
					body(cases, uri, name + " = object instead of " + kind.label, false, Map.of(),
							(node) -> set(node, field, JSON.valueToTree(Map.of("$gt", ""))));
					body(cases, uri, name + " = array instead of " + kind.label, false, Map.of(),
							(node) -> set(node, field, JSON.valueToTree(List.of("x", "y"))));
				}
				else if (value.isArray()) {
					body(cases, uri, name + " = string instead of array", false, Map.of(),
							(node) -> set(node, field, JSON.valueToTree("not a list")));
					// Under 1 MB, and each element an invalid value.
					body(cases, uri, name + " = 190,001 nulls", false, Map.of(),
							(node) -> set(node, field, JSON.valueToTree(Collections.nCopies(190_001, null))));
					body(cases, uri, name + " = object instead of array", false, Map.of(),
							(node) -> set(node, field, JSON.valueToTree(Map.of("$gt", ""))));
				}
				else if (value.isNumber()) {
					body(cases, uri, name + " = string instead of number", false, Map.of(),
							(node) -> set(node, field, JSON.valueToTree("abc")));
				}
				else if (value.isBoolean()) {
					body(cases, uri, name + " = string instead of boolean", false, Map.of(),
							(node) -> set(node, field, JSON.valueToTree("maybe")));
				}
				else if (value.isObject()) {
					body(cases, uri, name + " = string instead of object", false, Map.of(),
							(node) -> set(node, field, JSON.valueToTree("not an object")));
				}
			}
			// Every string value, wherever it is.
			for (List<Object> leaf : leaves(sampleNode)) {
				String name = display(leaf);
				switch (kindOf(leaf, sampleNode)) {
					case DATE -> {
						for (String date : List.of("2026-02-30", "30/04/2026", "2026-13-01", "tomorrow")) {
							body(cases, uri, name + " = " + date, false, Map.of(),
									(node) -> set(node, leaf, JSON.valueToTree(date)));
						}
						// An empty date reads as no date: legitimate only where the date
						// is optional.
						body(cases, uri, name + " = empty string", this.optional.contains(name), Map.of(),
								(node) -> set(node, leaf, JSON.valueToTree("")));
					}
					case ENUM -> {
						for (String constant : List.of("GALAXY", "province", "")) {
							body(cases, uri, name + " = '" + constant + "'", false, Map.of(),
									(node) -> set(node, leaf, JSON.valueToTree(constant)));
						}
					}
					case TEXT -> {
						for (Map.Entry<String, String> injection : INJECTIONS.entrySet()) {
							String expected = Normalizer.normalize(injection.getValue(), Normalizer.Form.NFC);
							body(cases, uri, name + " = " + injection.getKey(), true, Map.of(pointer(leaf), expected),
									null, leaf, (node) -> set(node, leaf, JSON.valueToTree(injection.getValue())));
						}
						for (Map.Entry<String, String> unsafe : UNSAFE_TEXTS.entrySet()) {
							body(cases, uri, name + " = " + unsafe.getKey(), false, Map.of(),
									(node) -> set(node, leaf, JSON.valueToTree(unsafe.getValue())));
						}
						body(cases, uri, name + " = " + HUGE + " characters", false, Map.of(),
								(node) -> set(node, leaf, JSON.valueToTree("x".repeat(HUGE))));
					}
				}
			}
		}

		private void malformed(List<Case> cases, String uri, String label, String body, MediaType contentType) {
			cases
				.add(new Case(key() + " | body: " + label, this.method, uri, contentType, body, false, Map.of(), null));
		}

		private void body(List<Case> cases, String uri, String label, boolean acceptable, Map<String, String> echoes,
				Consumer<ObjectNode> change) {
			body(cases, uri, label, acceptable, echoes, null, null, change);
		}

		/**
		 * Adds a case whose body is the sample changed; {@code target} is the field the
		 * change is about, which keeps its value even if it is the unique one.
		 */
		private void body(List<Case> cases, String uri, String label, boolean acceptable, Map<String, String> echoes,
				Gap gapIfAccepted, List<Object> target, Consumer<ObjectNode> change) {
			ObjectNode node = parse();
			change.accept(node);
			cases.add(new Case(key() + " | body: " + label, this.method, uri, MediaType.APPLICATION_JSON,
					JSON.writeValueAsString(uniqued(node, target)), acceptable, echoes, gapIfAccepted));
		}

		/**
		 * Gives the unique field its own value, unless it is the case's target or gone.
		 */
		private ObjectNode uniqued(ObjectNode node, List<Object> target) {
			if (this.unique == null) {
				return node;
			}
			List<Object> field = parsePath(this.unique);
			if (field.equals(target)) {
				return node;
			}
			JsonNode current = get(node, field);
			if (current != null && current.isString()) {
				set(node, field, JSON.valueToTree(current.stringValue() + "-" + UNIQUE.incrementAndGet()));
			}
			return node;
		}

		private FieldKind kindOf(List<Object> leaf, ObjectNode sampleNode) {
			String name = display(leaf);
			if (this.dates.contains(name)) {
				return FieldKind.DATE;
			}
			if (this.enums.contains(name)) {
				return FieldKind.ENUM;
			}
			if (this.texts.contains(name)) {
				return FieldKind.TEXT;
			}
			String value = get(sampleNode, leaf).stringValue();
			if (DATE.matcher(value).matches()) {
				return FieldKind.DATE;
			}
			if (ENUM.matcher(value).matches()) {
				return FieldKind.ENUM;
			}
			return FieldKind.TEXT;
		}

	}

	private enum ParamKind {

		TEXT, ENUM, BOOLEAN, PAGE, SIZE

	}

	private enum FieldKind {

		TEXT("text"), DATE("a date"), ENUM("an enum constant");

		private final String label;

		FieldKind(String label) {
			this.label = label;
		}

	}

	/**
	 * The paths of every string value: in objects, and in the first element of arrays.
	 */
	static List<List<Object>> leaves(JsonNode root) {
		List<List<Object>> leaves = new ArrayList<>();
		walk(root, new ArrayList<>(), (path, node) -> {
			if (node.isString()) {
				leaves.add(path);
			}
		});
		return leaves;
	}

	/**
	 * The paths of every object member: at the top level, and in the first element of
	 * arrays of objects.
	 */
	static List<List<Object>> fields(JsonNode root) {
		List<List<Object>> fields = new ArrayList<>();
		walk(root, new ArrayList<>(), (path, node) -> {
			if (!path.isEmpty() && path.get(path.size() - 1) instanceof String) {
				fields.add(path);
			}
		});
		return fields;
	}

	private static void walk(JsonNode node, List<Object> path, BiConsumer<List<Object>, JsonNode> visit) {
		visit.accept(List.copyOf(path), node);
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				path.add(property.getKey());
				walk(property.getValue(), path, visit);
				path.remove(path.size() - 1);
			}
		}
		else if (node.isArray() && !node.isEmpty()) {
			path.add(0);
			walk(node.get(0), path, visit);
			path.remove(path.size() - 1);
		}
	}

	static String display(List<Object> path) {
		StringBuilder name = new StringBuilder();
		for (Object segment : path) {
			if (segment instanceof Integer index) {
				name.append('[').append(index).append(']');
			}
			else {
				if (!name.isEmpty()) {
					name.append('.');
				}
				name.append(segment);
			}
		}
		return name.toString();
	}

	static String pointer(List<Object> path) {
		StringBuilder pointer = new StringBuilder();
		for (Object segment : path) {
			pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
		}
		return pointer.toString();
	}

	static List<Object> parsePath(String display) {
		List<Object> path = new ArrayList<>();
		for (String part : display.split("\\.")) {
			int bracket = part.indexOf('[');
			path.add((bracket < 0) ? part : part.substring(0, bracket));
			if (bracket >= 0) {
				path.add(Integer.parseInt(part.substring(bracket + 1, part.indexOf(']'))));
			}
		}
		return path;
	}

	private static JsonNode get(JsonNode root, List<Object> path) {
		JsonNode node = root;
		for (Object segment : path) {
			node = (segment instanceof Integer index) ? node.get(index) : node.get((String) segment);
			if (node == null) {
				return null;
			}
		}
		return node;
	}

	private static void set(ObjectNode root, List<Object> path, JsonNode value) {
		JsonNode parent = get(root, path.subList(0, path.size() - 1));
		Object last = path.get(path.size() - 1);
		if (parent instanceof ArrayNode array) {
			array.set((Integer) last, value);
		}
		else {
			((ObjectNode) parent).set((String) last, value);
		}
	}

	private static void remove(ObjectNode root, List<Object> path) {
		JsonNode parent = get(root, path.subList(0, path.size() - 1));
		Object last = path.get(path.size() - 1);
		if (parent instanceof ArrayNode array) {
			array.remove((int) (Integer) last);
		}
		else {
			((ObjectNode) parent).remove((String) last);
		}
	}

	/**
	 * Lists the names of the cases, for a quick look at what a builder makes.
	 * @param cases the cases
	 * @return their names
	 */
	public static List<String> names(List<Case> cases) {
		return cases.stream().map(Case::name).toList();
	}

}
