package vn.mttq.giamsat.endtoend.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP calls to the service processes, with a bearer token and JSON bodies.
 */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private Http() {
	}

	/**
	 * GETs a JSON resource.
	 * @param url the resource
	 * @param token a bearer token, or {@code null} for none
	 * @throws UncheckedIOException if the service cannot be reached
	 * @throws IllegalStateException if it does not answer 200
	 */
	static JsonNode get(String url, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(10))
			.GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		Response response = send(request.build());
		if (response.status() != 200) {
			throw new IllegalStateException("GET " + url + " answered " + response.status() + ": " + response.text());
		}
		return response.json();
	}

	/**
	 * POSTs a JSON body.
	 * @throws UncheckedIOException if the service cannot be reached or does not answer in
	 * time
	 */
	static Response post(String url, String token, String json, Duration timeout) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(timeout)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/**
	 * PUTs a JSON body.
	 * @throws UncheckedIOException if the service cannot be reached or does not answer in
	 * time
	 */
	static Response put(String url, String token, String json, Duration timeout) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(timeout)
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	private static Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + request.method() + " " + request.uri(), ex);
		}
	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param text the body
	 */
	record Response(int status, String text) {

		JsonNode json() {
			return JSON.readTree((this.text == null || this.text.isEmpty()) ? "{}" : this.text);
		}

	}

}
