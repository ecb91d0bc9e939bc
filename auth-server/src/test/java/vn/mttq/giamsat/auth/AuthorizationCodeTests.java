package vn.mttq.giamsat.auth;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flow Swagger UI runs in the browser: authorization code with PKCE, sign-in form, no
 * consent screen.
 */
class AuthorizationCodeTests extends RunningServerTests {

	private static final String REDIRECT_URI = "http://localhost:8082/swagger-ui/oauth2-redirect.html";

	@Test
	void authorizationRequestWithoutCodeChallengeIsRejected() {
		HttpResponse<String> response = this.http.get(authorizeUrl(null), "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(302);
		Map<String, String> redirect = queryOf(location(response));
		assertThat(location(response)).startsWith(REDIRECT_URI);
		assertThat(redirect).containsEntry("error", "invalid_request");
		assertThat(redirect.get("error_description")).contains("code_challenge");
	}

	@Test
	void unknownRedirectUriIsRejected() {
		HttpResponse<String> response = this.http
			.get(authorizeUrl(challenge("x".repeat(43))).replace("localhost%3A8082", "evil.example"));

		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void signedInUserGetsACodeWithoutConsentAndTradesItWithTheVerifierForTokens() throws Exception {
		String verifier = newVerifier();

		HttpResponse<String> authorize = this.http.get(authorizeUrl(challenge(verifier)), "Accept", "text/html");
		assertThat(authorize.statusCode()).isEqualTo(302);
		assertThat(location(authorize)).isEqualTo(issuer() + "/login");

		HttpResponse<String> signedIn = this.http.signIn("canbo.so.nnmt", "demo");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		HttpResponse<String> resumed = this.http.get(location(signedIn), "Accept", "text/html");
		assertThat(resumed.statusCode()).isEqualTo(302);
		assertThat(location(resumed)).as("back to Swagger UI, no consent page").startsWith(REDIRECT_URI);
		Map<String, String> callback = queryOf(location(resumed));
		assertThat(callback).containsEntry("state", "state-1").containsKey("code");

		HttpResponse<String> tokens = this.http.postForm("/oauth2/token",
				HttpSession.form("grant_type", "authorization_code", "code", callback.get("code"), "redirect_uri",
						REDIRECT_URI, "client_id", "swagger-ui", "code_verifier", verifier),
				"Origin", "http://localhost:8082");
		assertThat(tokens.statusCode()).isEqualTo(200);
		assertThat(tokens.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8082");
		Map<String, Object> body = HttpSession.json(tokens);
		JWTClaimsSet access = SignedTokens.verifiedClaims((String) body.get("access_token"), this.http);
		JWTClaimsSet id = SignedTokens.verifiedClaims((String) body.get("id_token"), this.http);
		for (JWTClaimsSet claims : new JWTClaimsSet[] { access, id }) {
			assertThat(claims.getSubject()).isEqualTo("canbo.so.nnmt");
			assertThat(claims.getIssuer()).isEqualTo(issuer());
			assertThat(claims.getStringClaim("preferred_username")).isEqualTo("canbo.so.nnmt");
			assertThat(claims.getStringClaim("name")).isEqualTo("Trần Minh Châu");
			assertThat(claims.getStringListClaim("roles")).containsExactly("AGENCY_OFFICER");
			assertThat(claims.getStringClaim("org")).isEqualTo("so-nong-nghiep-moi-truong-dien-bien");
		}
		assertThat(access.getAudience()).contains("giamsat-api");
		assertThat(id.getAudience()).containsExactly("swagger-ui");
		HttpResponse<String> userInfo = this.http.get("/userinfo", "Authorization",
				"Bearer " + body.get("access_token"));
		assertThat(userInfo.statusCode()).isEqualTo(200);
		assertThat(HttpSession.json(userInfo)).containsEntry("sub", "canbo.so.nnmt")
			.containsEntry("name", "Trần Minh Châu");
	}

	@Test
	void codeIsNotIssuedForAWrongVerifier() {
		String verifier = newVerifier();
		this.http.get(authorizeUrl(challenge(verifier)), "Accept", "text/html");
		HttpResponse<String> resumed = this.http.get(location(this.http.signIn("giamsat.vien", "demo")), "Accept",
				"text/html");
		String code = queryOf(location(resumed)).get("code");

		HttpResponse<String> tokens = this.http.postForm("/oauth2/token",
				HttpSession.form("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI,
						"client_id", "swagger-ui", "code_verifier", newVerifier()));

		assertThat(tokens.statusCode()).isEqualTo(400);
		assertThat(HttpSession.json(tokens)).containsEntry("error", "invalid_grant");
	}

	private String authorizeUrl(String codeChallenge) {
		String url = "/oauth2/authorize?response_type=code&client_id=swagger-ui&scope=openid%20profile&state=state-1"
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
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
