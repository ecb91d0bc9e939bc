package vn.mttq.giamsat.endtoend;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalStackExtension;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.supervision.SupervisionServiceApplication;

/**
 * A demo user signs in at the real auth-server and acts at supervision-service with its
 * token: the provider and the resource server agree on issuer, signature, audience, roles
 * and organisation.
 */
@WithLocalStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInEndToEndTests {

	AuthServerProcess auth;

	ConfigurableApplicationContext supervision;

	String authUrl;

	RestTestClient api;

	@BeforeAll
	void start() {
		this.auth = AuthServerProcess.start();
		this.authUrl = this.auth.url();
		this.supervision = RunningServices.start(SupervisionServiceApplication.class,
				new RunningServices.Infrastructure(LocalStackExtension.stack().kafka().bootstrapServers(),
						LocalStackExtension.stack().mongo().connectionString(), this.authUrl),
				"e2e-sign-in-supervision");
		this.api = RestTestClient.bindToServer().baseUrl(RunningServices.baseUrl(this.supervision)).build();
	}

	@AfterAll
	void stop() {
		if (this.supervision != null) {
			this.supervision.close();
		}
		if (this.auth != null) {
			this.auth.close();
		}
	}

	@Test
	void aFrontOfficialSignedInAtTheProviderRecordsAnActivityAsThemself() {
		this.api.post()
			.uri("/api/v1/activities")
			.header("Authorization", "Bearer " + token("canbo.mttq.tinh"))
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "kind": "SUPERVISION", "title": "Giám sát đăng nhập thật", "supervisedAgencyIds": ["ubnd-xa-muong-phang"],
					  "form": "DOCUMENT_REVIEW", "level": "PROVINCE", "startDate": "2026-10-05" }""")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.supervisingBodyId")
			.isEqualTo("ubmttq-tinh-dien-bien")
			.jsonPath("$.recordedBy.userId")
			.isEqualTo("canbo.mttq.tinh");
	}

	@Test
	void anAgencyOfficerSignedInAtTheProviderMayNotRecordActivities() {
		this.api.post()
			.uri("/api/v1/activities")
			.header("Authorization", "Bearer " + token("canbo.ubnd.xa"))
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "kind": "SUPERVISION", "title": "Không được phép", "supervisedAgencyIds": ["so-x"],
					  "form": "DOCUMENT_REVIEW", "level": "PROVINCE", "startDate": "2026-10-05" }""")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private String token(String username) {
		Map<?, ?> response = RestTestClient.bindToServer()
			.baseUrl(this.authUrl)
			.build()
			.post()
			.uri("/oauth2/token")
			.headers((headers) -> headers.setBasicAuth("giamsat-cli", "giamsat-cli-secret"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("grant_type=password&username=" + username + "&password=demo")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) response.get("access_token");
	}

}
