package vn.mttq.giamsat.auth;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the issuer, under {@code giamsat.auth}; every one has a default that suits
 * the local run.
 *
 * @param issuer the issuer URL named in tokens and in the discovery document; when blank
 * it is taken from each request ({@code http://<host>:<port>} as the client called it),
 * which is what an in-process start on a random port needs
 * @param usersFile the users file, a Spring resource location such as
 * {@code classpath:users.yml} or {@code file:/etc/giamsat/users.yml}
 * @param accessTokenTimeToLive how long an access token is valid
 * @param audience the audience every access token names besides the client, which the
 * services require
 * @param passwordGrant the demo-only password grant
 * @param cors which browser origins may call the token, JWKS and discovery endpoints
 * @param clients the registered clients
 * @param signingKey where to read the signing key from, if not generated
 */
@ConfigurationProperties("giamsat.auth")
public record AuthServerProperties(String issuer, String usersFile, Duration accessTokenTimeToLive, String audience,
		PasswordGrant passwordGrant, Cors cors, Clients clients, SigningKey signingKey) {

	private static final List<String> SERVICE_ORIGINS = List.of("http://localhost:8081", "http://localhost:8082",
			"http://localhost:8083");

	public AuthServerProperties {
		usersFile = (usersFile != null) ? usersFile : "classpath:users.yml";
		accessTokenTimeToLive = (accessTokenTimeToLive != null) ? accessTokenTimeToLive : Duration.ofMinutes(30);
		audience = (audience != null) ? audience : "giamsat-api";
		passwordGrant = (passwordGrant != null) ? passwordGrant : new PasswordGrant(true);
		cors = (cors != null) ? cors : new Cors(null);
		clients = (clients != null) ? clients : new Clients(null, null);
		signingKey = (signingKey != null) ? signingKey : new SigningKey(null);
	}

	/**
	 * The resource-owner password grant, for scripts and the demo only: OAuth 2.1 dropped
	 * it because the client sees the user's password.
	 *
	 * @param enabled whether {@code giamsat-cli} exists and may use it; on by default,
	 * since this whole server exists for the local run and the demo
	 */
	public record PasswordGrant(boolean enabled) {

	}

	/**
	 * Cross-origin access for Swagger UI in the browser.
	 *
	 * @param allowedOrigins the origins, by default the three services on localhost
	 */
	public record Cors(List<String> allowedOrigins) {

		public Cors {
			allowedOrigins = (allowedOrigins != null) ? List.copyOf(allowedOrigins) : SERVICE_ORIGINS;
		}

	}

	/**
	 * The two registered clients.
	 *
	 * @param swaggerUi the public client of the services' Swagger UI
	 * @param giamsatCli the confidential client of scripts and the demo loader
	 */
	public record Clients(SwaggerUi swaggerUi, GiamsatCli giamsatCli) {

		public Clients {
			swaggerUi = (swaggerUi != null) ? swaggerUi : new SwaggerUi(null);
			giamsatCli = (giamsatCli != null) ? giamsatCli : new GiamsatCli(null);
		}

	}

	/**
	 * The {@code swagger-ui} client: public, authorization code with PKCE.
	 *
	 * @param redirectUris where the browser may be sent back with the code
	 */
	public record SwaggerUi(List<String> redirectUris) {

		public SwaggerUi {
			redirectUris = (redirectUris != null) ? List.copyOf(redirectUris)
					: SERVICE_ORIGINS.stream().map((origin) -> origin + "/swagger-ui/oauth2-redirect.html").toList();
		}

	}

	/**
	 * The {@code giamsat-cli} client: confidential, password grant.
	 *
	 * @param secret the client secret in {@code DelegatingPasswordEncoder} format
	 */
	public record GiamsatCli(String secret) {

		public GiamsatCli {
			secret = (secret != null) ? secret : "{noop}giamsat-cli-secret";
		}

	}

	/**
	 * The token signing key.
	 *
	 * @param location a PEM RSA private key (Spring resource location); when unset a key
	 * is generated at startup, and tokens do not survive a restart
	 */
	public record SigningKey(String location) {

	}

}
