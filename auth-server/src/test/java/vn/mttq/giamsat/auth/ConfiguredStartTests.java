package vn.mttq.giamsat.auth;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.mttq.giamsat.auth.user.InvalidUsersFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts the application in-process the way another module's tests or a deployment would,
 * with settings given as command-line arguments and without the local run's profile.
 */
class ConfiguredStartTests {

	private static final String DEMO_USERS = "--giamsat.auth.users-file=classpath:demo-users.yml";

	@Test
	void configuredIssuerIsNamedWhateverPortTheServerRunsOnAndThePasswordGrantIsOffByDefault() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AuthServerApplication.class)
			.run("--server.port=0", "--giamsat.auth.issuer=https://auth.example.test", DEMO_USERS)) {
			HttpSession http = new HttpSession(
					"http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());

			Map<String, Object> discovery = HttpSession.json(http.get("/.well-known/openid-configuration"));
			assertThat(discovery).containsEntry("issuer", "https://auth.example.test")
				.containsEntry("jwks_uri", "https://auth.example.test/oauth2/jwks");
			assertThat(discovery.get("grant_types_supported").toString()).doesNotContain("password");
			// With the grant off, the client that would use it does not exist either.
			assertThat(http
				.token("giamsat-cli", "giamsat-cli-secret",
						HttpSession.form("grant_type", "password", "username", "canbo.ubnd.xa", "password", "demo"))
				.statusCode()).isEqualTo(401);
		}
	}

	@Test
	void startWithoutAUsersFileStopsNamingTheSetting() {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(AuthServerApplication.class).run("--server.port=0"))
			.havingRootCause()
			.withMessageContaining("AUTH_USERS_FILE")
			.withMessageContaining("profile 'local'");
	}

	@Test
	void passwordGrantWithoutAClientSecretStopsTheStart() {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(AuthServerApplication.class).run("--server.port=0",
					DEMO_USERS, "--giamsat.auth.password-grant.enabled=true"))
			.havingRootCause()
			.withMessageContaining("AUTH_CLI_SECRET");
	}

	@Test
	void usersFileWithAnUnknownRoleStopsTheStart() {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(AuthServerApplication.class).run("--server.port=0",
					"--giamsat.auth.users-file=classpath:users-with-unknown-role.yml"))
			.havingRootCause()
			.isInstanceOf(InvalidUsersFileException.class)
			.withMessageContaining("unknown role 'SUPERVISOR'");
	}

}
