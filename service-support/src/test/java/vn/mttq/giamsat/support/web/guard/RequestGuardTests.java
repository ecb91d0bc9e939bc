package vn.mttq.giamsat.support.web.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.text.SingleLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the first filter and the JSON reader refuse before a handler runs, each answered
 * as problem+json with the security headers.
 */
@WithLocalStack
@SpringBootTest(classes = RequestGuardTests.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=request-guard-tests", "spring.mongodb.database=request-guard-tests" })
class RequestGuardTests {

	static final AtomicInteger HANDLED = new AtomicInteger();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	String token;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void token(LocalIssuer issuer) {
		this.token = issuer.token("canbo.guard", "ubmttq-guard", "FRONT_OFFICIAL");
		HANDLED.set(0);
	}

	@Test
	void aQueryStringThatIsNotUtf8IsABadRequest() throws Exception {
		assertProblem(get("/api/guard?q=%FF"), 400, "malformed-request");
		assertProblem(get("/api/guard?q=%C3%28"), 400, "malformed-request");
	}

	@Test
	void moreThanAThousandParametersIsABadRequest() throws Exception {
		String query = IntStream.range(0, 1_001).mapToObj((i) -> "p" + i + "=1").collect(Collectors.joining("&"));
		assertProblem(get("/api/guard?" + query), 400, "malformed-request");
	}

	@Test
	void controlAndBidiCharactersInAQueryAreRefused() throws Exception {
		assertProblem(get("/api/guard?q=a%00b"), 400, "malformed-request");
		assertProblem(get("/api/guard?q=%E2%80%AEexe"), 400, "malformed-request");
		HttpResponse<String> fine = get("/api/guard?q=M%C6%B0%E1%BB%9Dng");
		assertThat(fine.statusCode()).isEqualTo(200);
		assertThat(fine.body()).contains("Mường");
	}

	@Test
	void refusalsOfTheContainerItselfCarryTheSecurityHeaders() throws Exception {
		String encodedSlash = raw("GET /api/guard/a%2Fb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(encodedSlash).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.containsIgnoringCase("X-Content-Type-Options: nosniff");
		String hugeHeader = raw("GET /api/guard HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(20_000)
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(hugeHeader).startsWith("HTTP/1.1 400").containsIgnoringCase("X-Content-Type-Options: nosniff");
	}

	@Test
	void theErrorPageItselfIsNotFound() throws Exception {
		assertProblem(get("/error"), 404, "not-found");
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedWhole() throws Exception {
		// A complete JSON value first, so that a body cut at the limit would parse.
		String body = "{\"title\":\"ok\",\"notes\":[]}" + " ".repeat(1_100_000);
		String answer = rawChunkedPost("/api/guard", body);
		assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("X-Content-Type-Options: nosniff");
		assertThat(HANDLED.get()).isZero();
	}

	@Test
	void aChunkedBodyWithinTheLimitIsHandled() throws Exception {
		String answer = rawChunkedPost("/api/guard", "{\"title\":\"chunked\",\"notes\":[]}");
		assertThat(answer).startsWith("HTTP/1.1 200").contains("chunked");
		assertThat(HANDLED.get()).isEqualTo(1);
	}

	@Test
	void aDeclaredBodyOverTheLimitIsRefusedWithTheSecurityHeaders() throws Exception {
		HttpResponse<String> answer = post("/api/guard", "{\"title\":\"" + "x".repeat(1_100_000) + "\"}");
		assertProblem(answer, 413, "payload-too-large");
		assertThat(HANDLED.get()).isZero();
	}

	@Test
	void aListOfManyNullsIsRefusedWhileItIsRead() throws Exception {
		String nulls = IntStream.range(0, 190_001).mapToObj((i) -> "null").collect(Collectors.joining(","));
		HttpResponse<String> answer = post("/api/guard", "{\"title\":\"t\",\"notes\":[" + nulls + "]}");
		JsonNode problem = assertProblem(answer, 400, "malformed-request");
		assertThat(problem.path("detail").asString()).isEqualTo("The body holds too many elements (at most 20000).");
		assertThat(HANDLED.get()).isZero();
	}

	@Test
	void theServiceAnswersItsHealthWhileHostileBodiesAreReadAndIdlesAfter() throws Exception {
		String nulls = IntStream.range(0, 190_001).mapToObj((i) -> "null").collect(Collectors.joining(","));
		String hostile = "{\"title\":\"t\",\"notes\":[" + nulls + "]}";
		ExecutorService senders = Executors.newFixedThreadPool(4);
		try {
			List<Future<HttpResponse<String>>> sent = IntStream.range(0, 8)
				.mapToObj((i) -> senders.submit(() -> post("/api/guard", hostile)))
				.toList();
			while (!sent.stream().allMatch(Future::isDone)) {
				long start = System.nanoTime();
				assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
			}
			for (Future<HttpResponse<String>> answer : sent) {
				assertThat(answer.get().statusCode()).isEqualTo(400);
			}
		}
		finally {
			senders.shutdownNow();
		}
		// The refused bodies leave garbage and compiled code behind: the process must
		// return to idle soon after, not stay busy with them.
		assertThat(CpuUse.quietestOfThisProcess(Duration.ofSeconds(2), Duration.ofSeconds(20)))
			.as("cores busy in the quietest 2 s after the bodies were refused")
			.isLessThan(0.5);
	}

	@Test
	void manyInvalidElementsListTheFirstHundredErrorsAndCountThemAll() throws Exception {
		String blanks = IntStream.range(0, 5_000).mapToObj((i) -> "\"\"").collect(Collectors.joining(","));
		JsonNode problem = assertProblem(post("/api/guard", "{\"title\":\"t\",\"notes\":[" + blanks + "]}"), 400,
				"validation");
		assertThat(problem.path("errors").size()).isEqualTo(100);
		assertThat(problem.path("totalErrors").asInt()).isGreaterThanOrEqualTo(5_000);
	}

	@Test
	void controlCharactersInAnyTextOfABodyAreRefusedNamingTheField() throws Exception {
		JsonNode problem = assertProblem(post("/api/guard", "{\"title\":\"t\",\"notes\":[\"a\\u202Eb\"]}"), 400,
				"malformed-request");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("notes[0]");
		assertThat(problem.path("errors").get(0).path("message").asString())
			.startsWith("must not contain a bidirectional control character");
	}

	@Test
	void aLineBreakInASingleLineFieldIsRefused() throws Exception {
		JsonNode problem = assertProblem(post("/api/guard", "{\"title\":\"125/KN\\r\\nBcc: x\",\"notes\":[]}"), 400,
				"validation");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("title");
		assertThat(HANDLED.get()).isZero();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", "Bearer " + this.token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String rawChunkedPost(String path, String body) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + this.token
					+ "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			try {
				for (int offset = 0; offset < bytes.length; offset += 8192) {
					int length = Math.min(8192, bytes.length - offset);
					out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					out.write(bytes, offset, length);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (IOException ex) {
				// The server answered and closed before the whole body was sent.
			}
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private JsonNode assertProblem(HttpResponse<String> answer, int status, String type) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.path("type").asString()).isEqualTo("urn:giamsat:problem:" + type);
		return problem;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@org.springframework.context.annotation.Bean
		GuardedController guardedController() {
			return new GuardedController();
		}

	}

	@RestController
	static class GuardedController {

		@GetMapping("/api/guard")
		@PreAuthorize("isAuthenticated()")
		Map<String, String> search(@RequestParam(name = "q", required = false) String q) {
			return Map.of("q", String.valueOf(q));
		}

		@PostMapping("/api/guard")
		@PreAuthorize("isAuthenticated()")
		Map<String, String> record(@Valid @RequestBody Note note) {
			HANDLED.incrementAndGet();
			return Map.of("title", note.title());
		}

	}

	record Note(@NotBlank @SingleLine String title, @Size(max = 10_000) List<@NotBlank String> notes) {
	}

}
