package vn.mttq.giamsat.auth;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Settings of the issuer, under {@code giamsat.auth}. Nothing secret has a default: the
 * users file and, with the password grant on, the {@code giamsat-cli} secret must be set
 * (the {@code local} profile names the demo ones), and a start without them stops with a
 * message saying which.
 *
 * @param issuer the issuer URL named in tokens and in the discovery document; when blank
 * it is taken from each request ({@code http://<host>:<port>} as the client called it),
 * which is what an in-process start on a random port needs
 * @param usersFile the users file, a Spring resource location such as
 * {@code file:/etc/giamsat/auth/users.yml}; required
 * @param accessTokenTimeToLive how long an access token is valid
 * @param audience the audience every access token names besides the client, which the
 * services require
 * @param passwordGrant the demo-only password grant
 * @param signInThrottle how many failed sign-ins are allowed before more are refused
 * @param cors which browser origins may call the token, JWKS and discovery endpoints
 * @param clients the registered clients
 * @param signingKey where to read the signing key from, if not generated
 */
@ConfigurationProperties("giamsat.auth")
public record AuthServerProperties(String issuer, String usersFile, Duration accessTokenTimeToLive, String audience,
		PasswordGrant passwordGrant, SignInThrottle signInThrottle, Cors cors, Clients clients, SigningKey signingKey) {

	private static final List<String> SERVICE_ORIGINS = List.of("http://localhost:8081", "http://localhost:8082",
			"http://localhost:8083");

	public AuthServerProperties {
		if (!StringUtils.hasText(usersFile)) {
			throw new IllegalArgumentException("No users file: set giamsat.auth.users-file (AUTH_USERS_FILE), e.g. "
					+ "file:/etc/giamsat/auth/users.yml; the local run's demo users come with the profile 'local'");
		}
		accessTokenTimeToLive = (accessTokenTimeToLive != null) ? accessTokenTimeToLive : Duration.ofMinutes(30);
		audience = (audience != null) ? audience : "giamsat-api";
		passwordGrant = (passwordGrant != null) ? passwordGrant : new PasswordGrant(false);
		signInThrottle = (signInThrottle != null) ? signInThrottle : new SignInThrottle(null, null, null, null);
		cors = (cors != null) ? cors : new Cors(null);
		clients = (clients != null) ? clients : new Clients(null, null, null);
		signingKey = (signingKey != null) ? signingKey : new SigningKey(null);
		if (passwordGrant.enabled() && !StringUtils.hasText(clients.giamsatCli().secret())) {
			throw new IllegalArgumentException("The password grant is on but giamsat-cli has no secret: set "
					+ "giamsat.auth.clients.giamsat-cli.secret (AUTH_CLI_SECRET), e.g. {bcrypt}..., or turn the grant "
					+ "off (AUTH_PASSWORD_GRANT_ENABLED=false)");
		}
	}

	/**
	 * The resource-owner password grant, for scripts and the demo only: OAuth 2.1 dropped
	 * it because the client sees the user's password.
	 *
	 * @param enabled whether {@code giamsat-cli} exists and may use it; off unless the
	 * local run (profile {@code local}) or the configuration turns it on
	 */
	public record PasswordGrant(boolean enabled) {

	}

	/**
	 * Refusal of sign-ins (the form and the password grant) after repeated failures, per
	 * username and per client address.
	 *
	 * @param maxFailures failures allowed per username within the window (5); the next
	 * attempts are answered 429 until the window that began with the first failure has
	 * passed
	 * @param maxFailuresPerAddress failures allowed per client address within the window
	 * (50): the officials of one office share its address
	 * @param window how long failures are counted (15 minutes)
	 * @param maxTracked usernames and addresses remembered at most, each (10,000); the
	 * least recently seen are forgotten first, so memory stays bounded under a flood
	 */
	public record SignInThrottle(Integer maxFailures, Integer maxFailuresPerAddress, Duration window,
			Integer maxTracked) {

		public SignInThrottle {
			maxFailures = (maxFailures != null) ? maxFailures : 5;
			maxFailuresPerAddress = (maxFailuresPerAddress != null) ? maxFailuresPerAddress : 50;
			window = (window != null) ? window : Duration.ofMinutes(15);
			maxTracked = (maxTracked != null) ? maxTracked : 10_000;
		}

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
	 * The registered clients.
	 *
	 * @param swaggerUi the public client of the services' Swagger UI
	 * @param giamsatCli the confidential client of scripts and the demo loader
	 * @param webConsole the confidential client of the web console
	 */
	public record Clients(SwaggerUi swaggerUi, GiamsatCli giamsatCli, WebConsole webConsole) {

		public Clients {
			swaggerUi = (swaggerUi != null) ? swaggerUi : new SwaggerUi(null);
			giamsatCli = (giamsatCli != null) ? giamsatCli : new GiamsatCli(null);
			webConsole = (webConsole != null) ? webConsole : new WebConsole(null, null, null);
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
	 * @param secret the client secret in {@code DelegatingPasswordEncoder} format;
	 * required when the password grant is on
	 */
	public record GiamsatCli(String secret) {

	}

	/**
	 * The {@code web-console} client: confidential (it keeps its secret and the tokens on
	 * its server), authorization code with PKCE, refresh tokens, and sign-out that ends
	 * the session here too (OpenID Connect RP-initiated logout).
	 *
	 * @param secret the client secret in {@code DelegatingPasswordEncoder} format;
	 * without it the console is not registered (the local profile names the demo one)
	 * @param redirectUris where the browser may be sent back with the code
	 * @param postLogoutRedirectUris where the browser may be sent after signing out
	 */
	public record WebConsole(String secret, List<String> redirectUris, List<String> postLogoutRedirectUris) {

		public WebConsole {
			redirectUris = (redirectUris != null) ? List.copyOf(redirectUris)
					: List.of("http://localhost:8080/login/oauth2/code/giamsat");
			postLogoutRedirectUris = (postLogoutRedirectUris != null) ? List.copyOf(postLogoutRedirectUris)
					: List.of("http://localhost:8080/");
		}

		/** Whether the console is registered (it has a secret). */
		public boolean registered() {
			return StringUtils.hasText(this.secret);
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
