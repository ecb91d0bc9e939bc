package vn.mttq.giamsat.support.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests to the test application in a language, with or without a token, and the
 * problem each answer holds.
 *
 * @param port the application's port
 * @param token the bearer token, or {@code null} for none
 * @param language the {@code Accept-Language} header, or {@code null} for none
 */
record ProblemRequests(int port, String token, String language) {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	ProblemRequests in(String language) {
		return new ProblemRequests(this.port, this.token, language);
	}

	ProblemRequests withoutToken() {
		return new ProblemRequests(this.port, null, this.language);
	}

	Answer get(String path) {
		return send(request(path).GET());
	}

	Answer post(String path, String body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Answer postIfMatch(String path, String version) {
		return send(request(path).header("If-Match", version).POST(HttpRequest.BodyPublishers.noBody()));
	}

	Answer send(String method, String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		if (this.language != null) {
			request.header("Accept-Language", this.language);
		}
		return request;
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			return new Answer(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An answer that must be a problem.
	 *
	 * @param response the HTTP response
	 */
	record Answer(HttpResponse<String> response) {

		JsonNode problem(int status, String type) {
			assertThat(this.response.statusCode()).as(this.response.body()).isEqualTo(status);
			assertThat(this.response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			JsonNode problem = JSON.readTree(this.response.body());
			assertThat(problem.path("type").asString()).isEqualTo("urn:giamsat:problem:" + type);
			return problem;
		}

		String language() {
			return this.response.headers().firstValue("Content-Language").orElse(null);
		}

		String body() {
			return this.response.body();
		}

		static String message(JsonNode problem, String field) {
			for (JsonNode error : problem.path("errors")) {
				if (field.equals(error.path("field").asString())) {
					return error.path("message").asString();
				}
			}
			throw new AssertionError("no error for " + field + " in " + problem);
		}

	}

}
