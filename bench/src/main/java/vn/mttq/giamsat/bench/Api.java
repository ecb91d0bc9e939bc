package vn.mttq.giamsat.bench;

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
 * The services' public API over HTTP/1.1 with a bearer token.
 */
final class Api {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private Api() {
	}

	static Response get(String url, String token) {
		return get(url, token, "application/json");
	}

	static Response get(String url, String token, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(60))
			.GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	static Response send(String method, String url, String token, String json) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(60))
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/**
	 * Calls and insists on one of the statuses.
	 * @throws IllegalStateException on any other
	 */
	static JsonNode expect(Response response, String what, int... statuses) {
		for (int status : statuses) {
			if (response.status() == status) {
				return response.json();
			}
		}
		throw new IllegalStateException(what + " answered " + response.status() + ": " + response.text());
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
