package vn.mttq.giamsat.support.web.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's OpenAPI document as its running test application serves it, compared with
 * the one committed under {@code docs/openapi/}: a change to the API shows up as a diff
 * in review. The document is pretty-printed with sorted keys, without its {@code servers}
 * and with local addresses written {@code http://localhost}, so that it does not change
 * from run to run. Run the test with {@code -Dopenapi.write=true} to write the file
 * instead of comparing.
 */
public final class OpenApiDocument {

	/** The system property that writes the document instead of comparing it. */
	public static final String WRITE = "openapi.write";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private final String text;

	private OpenApiDocument(String text) {
		this.text = text;
	}

	/**
	 * Fetches the document from a running application.
	 * @param port the application's port
	 * @return the document, in its stable form
	 */
	public static OpenApiDocument servedAt(int port) {
		try {
			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
						HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new AssertionError("/v3/api-docs answered " + answer.statusCode() + ": " + answer.body());
			}
			return of(answer.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads a document.
	 * @param json the document as the application serves it
	 * @return the document, in its stable form
	 */
	public static OpenApiDocument of(String json) {
		Map<?, ?> document = JSON.readValue(json, Map.class);
		document.remove("servers");
		String stable = JSON.writeValueAsString(document)
			.replaceAll("http://(localhost|127\\.0\\.0\\.1):\\d+", "http://localhost");
		return new OpenApiDocument(stable + "\n");
	}

	/**
	 * The document in its stable form.
	 * @return pretty-printed JSON with sorted keys
	 */
	public String text() {
		return this.text;
	}

	/**
	 * Checks the document against {@code docs/openapi/<service>.json} at the root of the
	 * repository, or writes it there with {@code -Dopenapi.write=true}.
	 * @param service the service's name, e.g. {@code supervision-service}
	 */
	public void assertCommittedAs(String service) {
		assertCommittedAt(repositoryRoot().resolve("docs/openapi/" + service + ".json"));
	}

	/**
	 * Checks the document against a file, or writes it there with
	 * {@code -Dopenapi.write=true}.
	 * @param file the committed document
	 */
	public void assertCommittedAt(Path file) {
		try {
			if (Boolean.getBoolean(WRITE)) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				Files.writeString(file, this.text, StandardCharsets.UTF_8);
				return;
			}
			String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
			if (!this.text.equals(committed)) {
				throw new AssertionError(((committed != null) ? file + " is not the API the service serves now"
						: file + " does not exist") + ". If the change is meant, refresh it with -D" + WRITE
						+ "=true (e.g. ./mvnw -pl <module> test -Dtest=<this test> -D" + WRITE
						+ "=true), review the diff and commit it." + firstDifference(committed));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String firstDifference(String committed) {
		if (committed == null) {
			return "";
		}
		String[] expected = committed.split("\n", -1);
		String[] actual = this.text.split("\n", -1);
		for (int i = 0; i < Math.max(expected.length, actual.length); i++) {
			String was = (i < expected.length) ? expected[i] : "<end>";
			String now = (i < actual.length) ? actual[i] : "<end>";
			if (!was.equals(now)) {
				return "\nFirst difference at line " + (i + 1) + ":\n  committed: " + was.strip() + "\n  served:    "
						+ now.strip();
			}
		}
		return "";
	}

	/**
	 * The repository's root: the nearest directory up from the working directory that
	 * holds {@code mvnw}.
	 * @return the root
	 */
	public static Path repositoryRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.exists(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
	}

}
