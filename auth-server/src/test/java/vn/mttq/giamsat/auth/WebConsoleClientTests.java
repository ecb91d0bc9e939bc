package vn.mttq.giamsat.auth;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console's client: confidential, authorization code with PKCE, refresh tokens,
 * an ID token that names the person, their organisation and roles, and sign-out that ends
 * the session here and goes back to the console.
 */
class WebConsoleClientTests extends RunningServerTests {

	private static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/giamsat";

	private static final String SECRET = "web-console-secret";

	@Test
	void theConsoleMustSendACodeChallenge() {
		HttpResponse<String> response = this.http.get(authorizeUrl(null), "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(queryOf(location(response))).containsEntry("error", "invalid_request");
	}

	@Test
	void theConsoleGetsAnIdTokenNamingThePersonAndARefreshToken() throws Exception {
		Map<String, Object> tokens = signInThroughTheConsole("canbo.so.nnmt");

		JWTClaimsSet id = SignedTokens.verifiedClaims((String) tokens.get("id_token"), this.http);
		assertThat(id.getAudience()).containsExactly("web-console");
		assertThat(id.getStringClaim("preferred_username")).isEqualTo("canbo.so.nnmt");
		assertThat(id.getStringClaim("name")).isEqualTo("Trần Minh Châu");
		assertThat(id.getStringClaim("org")).isEqualTo("so-nong-nghiep-moi-truong-dien-bien");
		assertThat(id.getStringListClaim("roles")).containsExactly("AGENCY_OFFICER");
		JWTClaimsSet access = SignedTokens.verifiedClaims((String) tokens.get("access_token"), this.http);
		assertThat(access.getAudience()).contains("giamsat-api");

		HttpResponse<String> refreshed = this.http.token("web-console", SECRET,
				HttpSession.form("grant_type", "refresh_token", "refresh_token", (String) tokens.get("refresh_token")));
		assertThat(refreshed.statusCode()).isEqualTo(200);
		assertThat(HttpSession.json(refreshed)).containsKey("access_token");
	}

	@Test
	void signingOutEndsTheSessionAndGoesBackToTheConsole() {
		Map<String, Object> tokens = signInThroughTheConsole("giamsat.vien");
		assertThat(HttpSession.json(this.http.get("/.well-known/openid-configuration")))
			.containsEntry("end_session_endpoint", issuer() + "/connect/logout");

		HttpResponse<String> signedOut = this.http.get("/connect/logout?id_token_hint=" + tokens.get("id_token")
				+ "&post_logout_redirect_uri=" + URLEncoder.encode("http://localhost:8080/", StandardCharsets.UTF_8),
				"Accept", "text/html");

		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(location(signedOut)).isEqualTo("http://localhost:8080/");
		HttpResponse<String> again = this.http.get(authorizeUrl(challenge(newVerifier())), "Accept", "text/html");
		assertThat(location(again)).as("signed out: the form again").isEqualTo(issuer() + "/login");
	}

	private Map<String, Object> signInThroughTheConsole(String username) {
		String verifier = newVerifier();
		this.http.get(authorizeUrl(challenge(verifier)), "Accept", "text/html");
		HttpResponse<String> resumed = this.http.get(location(this.http.signIn(username, "demo")), "Accept",
				"text/html");
		assertThat(location(resumed)).startsWith(REDIRECT_URI);
		String code = queryOf(location(resumed)).get("code");
		HttpResponse<String> tokens = this.http.token("web-console", SECRET, HttpSession.form("grant_type",
				"authorization_code", "code", code, "redirect_uri", REDIRECT_URI, "code_verifier", verifier));
		assertThat(tokens.statusCode()).isEqualTo(200);
		return HttpSession.json(tokens);
	}

	private static String authorizeUrl(String codeChallenge) {
		String url = "/oauth2/authorize?response_type=code&client_id=web-console&scope=openid%20profile&state=s-1"
				+ "&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8);
		return (codeChallenge != null) ? url + "&code_challenge_method=S256&code_challenge=" + codeChallenge : url;
	}

	private static String location(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return URI.create(response.uri().toString()).resolve(location).toString();
	}

	private static Map<String, String> queryOf(String url) {
		Map<String, String> query = new HashMap<>();
		UriComponentsBuilder.fromUriString(url)
			.build(true)
			.getQueryParams()
			.forEach((name, values) -> query.put(name, URLDecoder.decode(values.get(0), StandardCharsets.UTF_8)));
		return query;
	}

	private static String newVerifier() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
