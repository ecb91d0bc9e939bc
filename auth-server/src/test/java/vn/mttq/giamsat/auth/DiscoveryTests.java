package vn.mttq.giamsat.auth;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoveryTests extends RunningServerTests {

	@Test
	void discoveryDocumentNamesTheIssuerTheServerWasReachedAtAndItsKeys() {
		HttpResponse<String> response = this.http.get("/.well-known/openid-configuration");

		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> discovery = HttpSession.json(response);
		assertThat(discovery).containsEntry("issuer", issuer())
			.containsEntry("jwks_uri", issuer() + "/oauth2/jwks")
			.containsEntry("token_endpoint", issuer() + "/oauth2/token")
			.containsEntry("authorization_endpoint", issuer() + "/oauth2/authorize");
		assertThat((List<Object>) discovery.get("id_token_signing_alg_values_supported")).containsExactly("RS256");
		assertThat((List<Object>) discovery.get("grant_types_supported")).contains("authorization_code", "password");
	}

	@Test
	void jwksPublishesOneRsaSigningKey() throws Exception {
		JWKSet keys = JWKSet.parse(this.http.get("/oauth2/jwks").body());

		assertThat(keys.getKeys()).singleElement().satisfies((key) -> {
			assertThat(key.getKeyType()).isEqualTo(KeyType.RSA);
			assertThat(key.isPrivate()).isFalse();
			assertThat(key.getKeyID()).isNotBlank();
		});
	}

	@Test
	void swaggerUiInTheBrowserMayCallTheTokenEndpointAndReadTheKeys() {
		HttpResponse<String> preflight = this.http.options("/oauth2/token", "Origin", "http://localhost:8081",
				"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
		HttpResponse<String> keys = this.http.get("/oauth2/jwks", "Origin", "http://localhost:8083");

		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8081");
		assertThat(keys.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8083");
	}

	@Test
	void otherOriginsAreNotAllowed() {
		HttpResponse<String> preflight = this.http.options("/oauth2/token", "Origin", "http://evil.example",
				"Access-Control-Request-Method", "POST");

		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void healthAndItsProbesAreOpenAndUp() {
		for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> response = this.http.get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(HttpSession.json(response)).as(path).containsEntry("status", "UP");
		}
	}

	@Test
	void noOtherActuatorEndpointIsExposed() {
		for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/info")) {
			assertThat(this.http.get(path, "Accept", "application/json").statusCode()).as(path).isNotEqualTo(200);
		}
	}

}
