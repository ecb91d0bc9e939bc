package vn.mttq.giamsat.testfixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' HTTP API as a client outside them calls it: HTTP/1.1, a bearer token,
 * JSON bodies, and one time limit for each request.
 */
public final class ApiClient {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final Duration timeout;

	private final Map<String, String> headers;

	/**
	 * A client.
	 * @param timeout how long each request may take until its answer
	 */
	public ApiClient(Duration timeout) {
		this(timeout, Map.of());
	}

	private ApiClient(Duration timeout, Map<String, String> headers) {
		this.timeout = timeout;
		this.headers = Map.copyOf(headers);
	}

	/**
	 * Returns a client that sends one more header with every request, such as a
	 * {@code traceparent}.
	 */
	public ApiClient withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new ApiClient(this.timeout, more);
	}

	/**
	 * GETs a JSON resource.
	 * @param token a bearer token, or {@code null} for none
	 * @throws UncheckedIOException if the service cannot be reached or does not answer in
	 * time
	 */
	public Response get(String url, String token) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
	}

	/**
	 * GETs a JSON resource and insists on 200.
	 * @throws IllegalStateException on any other status
	 */
	public JsonNode getJson(String url, String token) {
		return get(url, token).expect("GET " + url, 200);
	}

	/**
	 * Sends a JSON body.
	 * @param method {@code POST}, {@code PUT} ...
	 * @throws UncheckedIOException if the service cannot be reached or does not answer in
	 * time
	 */
	public Response send(String method, String url, String token, String json) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json)), token);
	}

	/**
	 * POSTs a JSON body and insists on 201 Created.
	 * @return what the service created
	 * @throws IllegalStateException on any other status
	 */
	public JsonNode created(String url, String token, String json) {
		return send("POST", url, token, json).expect("POST " + url, 201);
	}

	/**
	 * Uploads a file as {@code multipart/form-data}: one part {@code file} with its name
	 * and type, and one plain part per field.
	 * @param url where to POST it
	 * @param token a bearer token
	 * @param file the file
	 * @param fields more parts, such as {@code purpose}
	 * @return the answer
	 */
	public Response upload(String url, String token, FilePart file, Map<String, String> fields) {
		String boundary = "----giamsat" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.name()
				+ "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
		body.writeBytes(file.content());
		write(body, "\r\n--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), token);
	}

	/**
	 * GETs a file's bytes.
	 * @param url the download
	 * @param token a bearer token
	 * @return its status, headers and bytes
	 */
	public Download download(String url, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET().timeout(this.timeout);
		this.headers.forEach(request::header);
		request.header("Authorization", "Bearer " + token);
		HttpRequest built = request.build();
		try {
			HttpResponse<byte[]> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(built.method() + " " + built.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + built.method() + " " + built.uri(), ex);
		}
	}

	private static void write(ByteArrayOutputStream body, String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads one statistic of a meter on a service's management port
	 * ({@code /actuator/metrics}), summed over the meters with the given tags.
	 * @param managementUrl the management port's root
	 * @param token an operator's token (ADMIN or MONITOR)
	 * @param meter e.g. {@code jvm.memory.used}
	 * @param statistic e.g. {@code VALUE}, {@code COUNT}
	 * @param tags {@code key:value} filters
	 * @return the value, 0 when no meter matches (yet)
	 */
	public double metric(String managementUrl, String token, String meter, String statistic, String... tags) {
		StringBuilder url = new StringBuilder(managementUrl + "/actuator/metrics/" + meter);
		for (int i = 0; i < tags.length; i++) {
			url.append((i == 0) ? '?' : '&').append("tag=").append(tags[i]);
		}
		Response response = get(url.toString(), token);
		if (response.status() == 404) {
			return 0;
		}
		for (JsonNode measurement : response.expect("GET " + url, 200).path("measurements")) {
			if (statistic.equals(measurement.path("statistic").asString())) {
				return measurement.path("value").asDouble();
			}
		}
		return 0;
	}

	private Response send(HttpRequest.Builder request, String token) {
		request.header("Accept", "application/json").timeout(this.timeout);
		this.headers.forEach(request::header);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpRequest built = request.build();
		try {
			HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(built.method() + " " + built.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + built.method() + " " + built.uri(), ex);
		}
	}

	/**
	 * A file to upload.
	 *
	 * @param name its file name
	 * @param contentType the type the upload declares
	 * @param content its bytes
	 */
	public record FilePart(String name, String contentType, byte[] content) {
	}

	/**
	 * A downloaded file.
	 *
	 * @param status the HTTP status
	 * @param headers the answer's headers, by lower-case name
	 * @param content its bytes
	 */
	public record Download(int status, Map<String, List<String>> headers, byte[] content) {

		/**
		 * One header's first value.
		 * @param name its name, in lower case
		 * @return the value, or {@code null}
		 */
		public String header(String name) {
			List<String> values = this.headers.get(name);
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param text the body
	 */
	public record Response(int status, String text) {

		public JsonNode json() {
			return JSON.readTree((this.text == null || this.text.isEmpty()) ? "{}" : this.text);
		}

		/**
		 * Insists on one of the statuses.
		 * @param what the call, for the message
		 * @return the body
		 * @throws IllegalStateException on any other status
		 */
		public JsonNode expect(String what, int... statuses) {
			for (int status : statuses) {
				if (this.status == status) {
					return json();
				}
			}
			throw new IllegalStateException(what + " answered " + this.status + ": " + this.text);
		}

	}

}
