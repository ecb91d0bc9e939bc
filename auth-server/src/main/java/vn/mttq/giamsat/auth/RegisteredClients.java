package vn.mttq.giamsat.auth;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import vn.mttq.giamsat.auth.password.PasswordGrantAuthenticationToken;

/**
 * The clients this issuer knows: {@code swagger-ui} for the browser, {@code web-console}
 * when it has a secret and, when the password grant is on, {@code giamsat-cli} for
 * scripts.
 */
final class RegisteredClients {

	static final String SWAGGER_UI = "swagger-ui";

	static final String GIAMSAT_CLI = "giamsat-cli";

	static final String WEB_CONSOLE = "web-console";

	private RegisteredClients() {
	}

	static List<RegisteredClient> from(AuthServerProperties properties) {
		TokenSettings tokens = TokenSettings.builder()
			.accessTokenTimeToLive(properties.accessTokenTimeToLive())
			.build();
		List<RegisteredClient> clients = new ArrayList<>();
		clients.add(RegisteredClient.withId(SWAGGER_UI)
			.clientId(SWAGGER_UI)
			// A browser cannot keep a secret; PKCE binds the code to the page that asked.
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris((uris) -> uris.addAll(properties.clients().swaggerUi().redirectUris()))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(tokens)
			.build());
		AuthServerProperties.WebConsole console = properties.clients().webConsole();
		if (console.registered()) {
			clients.add(RegisteredClient.withId(WEB_CONSOLE)
				.clientId(WEB_CONSOLE)
				.clientSecret(console.secret())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
				.redirectUris((uris) -> uris.addAll(console.redirectUris()))
				.postLogoutRedirectUris((uris) -> uris.addAll(console.postLogoutRedirectUris()))
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				// PKCE too: a stolen code is worth nothing without the verifier the
				// console kept.
				.clientSettings(
						ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
				.tokenSettings(TokenSettings.builder()
					.accessTokenTimeToLive(properties.accessTokenTimeToLive())
					.reuseRefreshTokens(false)
					.build())
				.build());
		}
		if (properties.passwordGrant().enabled()) {
			clients.add(RegisteredClient.withId(GIAMSAT_CLI)
				.clientId(GIAMSAT_CLI)
				.clientSecret(properties.clients().giamsatCli().secret())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(PasswordGrantAuthenticationToken.PASSWORD)
				.scope(OidcScopes.PROFILE)
				.tokenSettings(tokens)
				.build());
		}
		return clients;
	}

}
