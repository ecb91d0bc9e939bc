package vn.mttq.giamsat.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal OpenID Connect issuer for tests: it serves the discovery document and its
 * signing key over HTTP, exactly what a resource server fetches from a real provider, and
 * mints tokens for any user, role and organisation a test needs, including expired ones.
 */
public final class LocalIssuer implements AutoCloseable {

	/** The audience every token of this system carries. */
	public static final String AUDIENCE = "giamsat-api";

	private final HttpServer server;

	private final RSAKey key;

	private final String issuer;

	private LocalIssuer(HttpServer server, RSAKey key) {
		this.server = server;
		this.key = key;
		this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/**
	 * Starts an issuer on a free port of the loopback interface.
	 * @return the running issuer
	 */
	public static LocalIssuer start() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			LocalIssuer issuer = new LocalIssuer(server, key);
			server.createContext("/.well-known/openid-configuration", issuer::discovery);
			server.createContext("/jwks", issuer::jwks);
			server.start();
			return issuer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not generate a signing key", ex);
		}
	}

	/**
	 * Returns the issuer URI, to configure as the resource servers' issuer.
	 * @return e.g. {@code http://127.0.0.1:41234}
	 */
	public String issuer() {
		return this.issuer;
	}

	/**
	 * Mints a valid access token.
	 * @param username the user
	 * @param organisationId the user's organisation
	 * @param roles the user's roles, e.g. {@code FRONT_OFFICIAL}
	 * @return the signed JWT
	 */
	public String token(String username, String organisationId, String... roles) {
		return sign(claims(username, organisationId, roles, Instant.now().plus(Duration.ofMinutes(30))));
	}

	/**
	 * Mints a token that expired an hour ago.
	 * @param username the user
	 * @param organisationId the user's organisation
	 * @param roles the user's roles
	 * @return the signed JWT
	 */
	public String expiredToken(String username, String organisationId, String... roles) {
		return sign(claims(username, organisationId, roles, Instant.now().minus(Duration.ofHours(1))));
	}

	private JWTClaimsSet claims(String username, String organisationId, String[] roles, Instant expiry) {
		return new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(username)
			.audience(AUDIENCE)
			.issueTime(Date.from(expiry.minus(Duration.ofMinutes(30))))
			.expirationTime(Date.from(expiry))
			.claim("preferred_username", username)
			.claim("roles", List.of(roles))
			.claim("org", organisationId)
			.build();
	}

	private String sign(JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(this.key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a token", ex);
		}
	}

	private void discovery(HttpExchange exchange) throws IOException {
		respond(exchange, """
				{"issuer":"%1$s","jwks_uri":"%1$s/jwks","authorization_endpoint":"%1$s/oauth2/authorize",
				 "token_endpoint":"%1$s/oauth2/token","subject_types_supported":["public"],
				 "id_token_signing_alg_values_supported":["RS256"],"response_types_supported":["code"]}"""
			.formatted(this.issuer));
	}

	private void jwks(HttpExchange exchange) throws IOException {
		respond(exchange, new JWKSet(this.key.toPublicJWK()).toString());
	}

	private static void respond(HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
