package vn.mttq.giamsat.console;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.mttq.giamsat.console.signin.ConsoleClaims;

/**
 * Settings of the console, under {@code giamsat.console}.
 *
 * @param browserIssuer the issuer as the browser reaches it, when that differs from the
 * registration's {@code issuer-uri} (docker-compose: {@code http://auth-server:9000}
 * inside the network, {@code http://localhost:9000} from the host); null: the same. The
 * sign-in and sign-out redirects go there, and its origin is the one other place a form
 * may post to (the sign-out)
 * @param services where the three services answer
 * @param session how long a session lives unused
 * @param claims where the ID token names the person
 */
@ConfigurationProperties("giamsat.console")
public record ConsoleProperties(URI browserIssuer, Services services, Session session, ConsoleClaims claims) {

	public ConsoleProperties {
		browserIssuer = (browserIssuer != null && !browserIssuer.toString().isBlank()) ? browserIssuer : null;
		services = (services != null) ? services : new Services(null, null, null, null, null);
		session = (session != null) ? session : new Session(null);
		claims = (claims != null) ? claims : ConsoleClaims.defaults();
	}

	/**
	 * The services' base URLs and how long the console waits for them.
	 *
	 * @param supervision supervision-service
	 * @param recommendation recommendation-service
	 * @param notification notification-service
	 * @param connectTimeout how long to wait for a connection (2 s)
	 * @param readTimeout how long to wait for an answer (10 s)
	 */
	public record Services(URI supervision, URI recommendation, URI notification, Duration connectTimeout,
			Duration readTimeout) {

		public Services {
			supervision = (supervision != null) ? supervision : URI.create("http://localhost:8081");
			recommendation = (recommendation != null) ? recommendation : URI.create("http://localhost:8082");
			notification = (notification != null) ? notification : URI.create("http://localhost:8083");
			connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(2);
			readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(10);
		}

	}

	/**
	 * The console's sessions (kept in MongoDB, collection {@code console_sessions}).
	 *
	 * @param idleTimeout how long a session lives without a request (30 minutes)
	 */
	public record Session(Duration idleTimeout) {

		public Session {
			idleTimeout = (idleTimeout != null) ? idleTimeout : Duration.ofMinutes(30);
		}

	}

}
