package vn.mttq.giamsat.endtoend.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;

import vn.mttq.giamsat.testfixtures.ApiClient;

/**
 * The demo (ops/demo/LoadDemo.java) loaded through the public API, as run-local.sh loads
 * it: the pages show what a person sees in the demo.
 */
final class DemoData {

	private DemoData() {
	}

	static void load(String authUrl, Services services) {
		warmUp(authUrl, services);
		Path loader = Paths.get("..", "ops", "demo", "LoadDemo.java");
		try {
			Path log = Files.createTempFile("load-demo-", ".log");
			Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
					loader.toString(), authUrl, Services.url(services.supervision()),
					Services.url(services.recommendation()), Services.url(services.notification()))
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("The demo was not loaded in 3 minutes\n" + tail(log));
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException("The demo loader failed\n" + tail(log));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading the demo", ex);
		}
	}

	/**
	 * Lets each service fetch auth-server's keys before the loader's first call: a
	 * just-started auth-server on a busy machine can answer its first key request slower
	 * than a service waits, which that call would get as a 500.
	 */
	private static void warmUp(String authUrl, Services services) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String token = token(authUrl, "giamsat.vien");
		for (ConfigurableApplicationContext service : List.of(services.supervision(), services.recommendation(),
				services.notification())) {
			// Any answer below 500 means the token was read, whatever the endpoint makes
			// of it;
			// after a 500 the service resolves the keys anew on the next request.
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create(Services.url(service) + "/api/v1/recommendations?size=1"))
				.header("Authorization", "Bearer " + token);
			for (int attempt = 1; send(http, request).statusCode() >= 500 && attempt < 5; attempt++) {
				pause();
			}
		}
	}

	/**
	 * The first item of letter 125 addressed to an agency, as the monitor reads it.
	 * @return the item's id and content
	 */
	static Item firstItemOf(String agencyId, String authUrl, Services services) {
		JsonNode item = new ApiClient(Duration.ofSeconds(30))
			.getJson(Services.url(services.recommendation()) + "/api/v1/recommendations?agencyId=" + agencyId,
					token(authUrl, "giamsat.vien"))
			.path("content")
			.path(0);
		return new Item(item.path("id").asString(), item.path("content").asString());
	}

	/** A demo user's access token, from the demo-only password grant. */
	private static String token(String authUrl, String username) {
		String client = Base64.getEncoder()
			.encodeToString("giamsat-cli:giamsat-cli-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> tokens = send(HttpClient.newHttpClient(), HttpRequest
			.newBuilder(URI.create(authUrl + "/oauth2/token"))
			.header("Authorization", "Basic " + client)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=" + username + "&password=demo")));
		return ApiClient.JSON.readTree(tokens.body()).path("access_token").asString();
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while warming up", ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * An item of a letter.
	 *
	 * @param id its id at recommendation-service
	 * @param content what the Front recommends
	 */
	record Item(String id, String content) {

	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
