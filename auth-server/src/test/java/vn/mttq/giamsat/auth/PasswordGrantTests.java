package vn.mttq.giamsat.auth;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordGrantTests extends RunningServerTests {

	@Test
	void agencyOfficerGetsASignedAccessTokenWithRolesOrganisationAndApiAudience() throws Exception {
		HttpResponse<String> response = passwordGrant("canbo.ubnd.xa", "demo");

		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> body = HttpSession.json(response);
		assertThat(body).containsEntry("token_type", "Bearer").doesNotContainKey("refresh_token");
		JWTClaimsSet claims = SignedTokens.verifiedClaims((String) body.get("access_token"), this.http);
		assertThat(claims.getIssuer()).isEqualTo(issuer());
		assertThat(claims.getSubject()).isEqualTo("canbo.ubnd.xa");
		assertThat(claims.getStringClaim("preferred_username")).isEqualTo("canbo.ubnd.xa");
		assertThat(claims.getStringClaim("name")).isEqualTo("Quàng Văn Dũng");
		assertThat(claims.getStringListClaim("roles")).containsExactly("AGENCY_OFFICER");
		assertThat(claims.getStringClaim("org")).isEqualTo("ubnd-xa-muong-phang");
		assertThat(claims.getAudience()).contains("giamsat-api");
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void frontOfficialOfTheProvinceHasTheirOwnClaims() throws Exception {
		HttpResponse<String> response = passwordGrant("canbo.mttq.tinh", "demo");

		JWTClaimsSet claims = SignedTokens.verifiedClaims((String) HttpSession.json(response).get("access_token"),
				this.http);
		assertThat(claims.getStringListClaim("roles")).containsExactly("FRONT_OFFICIAL");
		assertThat(claims.getStringClaim("org")).isEqualTo("ubmttq-tinh-dien-bien");
		assertThat(claims.getStringClaim("name")).isEqualTo("Nguyễn Văn An");
	}

	@Test
	void wrongPasswordIsAnInvalidGrant() {
		HttpResponse<String> response = passwordGrant("canbo.ubnd.xa", "not-demo");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(HttpSession.json(response)).containsEntry("error", "invalid_grant");
	}

	@Test
	void unknownUserGetsTheSameAnswerAsAWrongPassword() {
		HttpResponse<String> response = passwordGrant("khong.ton.tai", "demo");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(HttpSession.json(response)).containsEntry("error", "invalid_grant");
	}

	@Test
	void wrongClientSecretIsRejectedBeforeTheUserIsLookedAt() {
		HttpResponse<String> response = this.http.token("giamsat-cli", "wrong-secret",
				HttpSession.form("grant_type", "password", "username", "canbo.ubnd.xa", "password", "demo"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(HttpSession.json(response)).containsEntry("error", "invalid_client");
	}

	@Test
	void scopeOutsideTheClientsScopesIsRefused() {
		HttpResponse<String> response = this.http.token("giamsat-cli", "giamsat-cli-secret", HttpSession
			.form("grant_type", "password", "username", "canbo.ubnd.xa", "password", "demo", "scope", "admin"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(HttpSession.json(response)).containsEntry("error", "invalid_scope");
	}

	@Test
	void missingPasswordIsAnInvalidRequest() {
		HttpResponse<String> response = this.http.token("giamsat-cli", "giamsat-cli-secret",
				HttpSession.form("grant_type", "password", "username", "canbo.ubnd.xa"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(HttpSession.json(response)).containsEntry("error", "invalid_request");
	}

	@Test
	void passwordInTheQueryStringIsRefused() {
		HttpResponse<String> response = this.http.postForm("/oauth2/token?password=demo",
				HttpSession.form("grant_type", "password", "username", "canbo.ubnd.xa"), "Authorization",
				"Basic " + Base64.getEncoder().encodeToString("giamsat-cli:giamsat-cli-secret".getBytes()));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(HttpSession.json(response)).containsEntry("error", "invalid_request");
	}

}
