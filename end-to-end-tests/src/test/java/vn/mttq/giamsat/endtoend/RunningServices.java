package vn.mttq.giamsat.endtoend;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.notification.NotificationServiceApplication;
import vn.mttq.giamsat.recommendation.RecommendationServiceApplication;
import vn.mttq.giamsat.supervision.SupervisionServiceApplication;
import vn.mttq.giamsat.testfixtures.WebhookSecretKey;

/**
 * The three services started in this JVM, each as its own application context with its
 * own {@code application.yml}, its own database and a random port, against one broker and
 * one database server.
 */
final class RunningServices implements AutoCloseable {

	final ConfigurableApplicationContext supervision;

	final ConfigurableApplicationContext recommendation;

	final ConfigurableApplicationContext notification;

	private RunningServices(ConfigurableApplicationContext supervision, ConfigurableApplicationContext recommendation,
			ConfigurableApplicationContext notification) {
		this.supervision = supervision;
		this.recommendation = recommendation;
		this.notification = notification;
	}

	static RunningServices start(Infrastructure infrastructure, String databasePrefix) {
		return start(infrastructure, databasePrefix, List.of());
	}

	/**
	 * Starts the three services with some settings changed.
	 * @param infrastructure the broker, database server and issuer
	 * @param databasePrefix each service's database is named from it
	 * @param settings {@code --name=value} arguments given to all three services (a
	 * service ignores the ones it does not know)
	 * @return the running services
	 */
	static RunningServices start(Infrastructure infrastructure, String databasePrefix, List<String> settings) {
		return new RunningServices(
				start(SupervisionServiceApplication.class, infrastructure, databasePrefix + "-supervision", settings),
				start(RecommendationServiceApplication.class, infrastructure, databasePrefix + "-recommendation",
						settings),
				start(NotificationServiceApplication.class, infrastructure, databasePrefix + "-notification",
						settings));
	}

	static String managementUrl(ConfigurableApplicationContext context) {
		return "http://localhost:" + context.getEnvironment().getRequiredProperty("local.management.port");
	}

	static String baseUrl(ConfigurableApplicationContext context) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/**
	 * Stops what a test class started for all its tests, whichever of the two got
	 * started.
	 * @param services the three services, or {@code null}
	 * @param issuer the token issuer, or {@code null}
	 */
	static void stop(RunningServices services, LocalIssuer issuer) {
		if (services != null) {
			services.close();
		}
		if (issuer != null) {
			issuer.close();
		}
	}

	@Override
	public void close() {
		for (ConfigurableApplicationContext context : List.of(this.notification, this.recommendation,
				this.supervision)) {
			context.close();
		}
	}

	/** The key that encrypts webhook secrets at rest, made anew for each test run. */
	private static final List<String> RUN_KEY = WebhookSecretKey.arguments("e2e");

	static ConfigurableApplicationContext start(Class<?> application, Infrastructure infrastructure, String database) {
		return start(application, infrastructure, database, List.of());
	}

	static ConfigurableApplicationContext start(Class<?> application, Infrastructure infrastructure, String database,
			List<String> settings) {
		List<String> arguments = new ArrayList<>(List.of("--spring.config.location=" + ownConfig(application),
				"--server.port=0", "--management.server.port=0",
				"--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrap(),
				"--spring.mongodb.uri=" + infrastructure.mongoUri(), "--spring.mongodb.database=" + database,
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infrastructure.issuerUri()));
		// notification-service has no key by default; a key of this run's own.
		arguments.addAll(RUN_KEY);
		arguments.addAll(settings);
		return new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new));
	}

	/**
	 * Where the services find the broker, the database and the token issuer.
	 *
	 * @param kafkaBootstrap the broker
	 * @param mongoUri the database server, without a database name
	 * @param issuerUri the OpenID Connect issuer the services trust
	 */
	record Infrastructure(String kafkaBootstrap, String mongoUri, String issuerUri) {
	}

	/**
	 * Every service jar has an {@code application.yml} at its root, so {@code classpath:}
	 * would find the first one for all three; this is the one beside the application's
	 * own classes.
	 */
	static String ownConfig(Class<?> application) {
		URL location = application.getProtectionDomain().getCodeSource().getLocation();
		String path = location.toString();
		return path.endsWith(".jar") ? "jar:" + path + "!/application.yml" : path + "application.yml";
	}

}
