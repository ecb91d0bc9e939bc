package vn.mttq.giamsat.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for the tests: real requests to the running server, cookies
 * kept, redirects not followed so each step can be checked.
 */
final class HttpSession {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	HttpSession(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	HttpResponse<String> options(String path, String... headers) {
		return send(request(path, headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

	HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form))));
	}

	/** A token request authenticated with HTTP Basic, as curl's {@code -u} sends it. */
	HttpResponse<String> token(String clientId, String secret, Map<String, String> form) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return postForm("/oauth2/token", form, "Authorization", "Basic " + basic);
	}

	/** Fills in and posts the sign-in form, as a browser would. */
	HttpResponse<String> signIn(String username, String password) {
		Matcher csrf = CSRF.matcher(get("/login", "Accept", "text/html").body());
		if (!csrf.find()) {
			throw new IllegalStateException("The sign-in form has no CSRF token");
		}
		return postForm("/login", form("username", username, "password", password, "_csrf", csrf.group(1)), "Accept",
				"text/html");
	}

	static Map<String, Object> json(HttpResponse<String> response) {
		return json.readValue(response.body(), Map.class);
	}

	static Map<String, String> form(String... namesAndValues) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	private HttpRequest.Builder request(String pathOrUrl, String... headers) {
		URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.baseUrl + pathOrUrl);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
