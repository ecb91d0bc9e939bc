package vn.mttq.giamsat.endtoend.browser;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.notification.NotificationServiceApplication;
import vn.mttq.giamsat.recommendation.RecommendationServiceApplication;
import vn.mttq.giamsat.supervision.SupervisionServiceApplication;
import vn.mttq.giamsat.testfixtures.WebhookSecretKey;

/**
 * The three services in this JVM, each with its own {@code application.yml}, database and
 * random port, on the local stack's broker and database server, trusting the real
 * auth-server's tokens.
 *
 * @param supervision supervision-service
 * @param recommendation recommendation-service
 * @param notification notification-service
 */
record Services(ConfigurableApplicationContext supervision, ConfigurableApplicationContext recommendation,
		ConfigurableApplicationContext notification) implements AutoCloseable {

	static Services start(LocalStack stack, String issuer, String databasePrefix) {
		List<String> settings = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
				"--spring.cloud.stream.kafka.binder.brokers=" + stack.kafka().bootstrapServers(),
				"--spring.mongodb.uri=" + stack.mongo().connectionString(),
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
				// Each declares the topics it reads too: none waits for another to create
				// them.
				"--giamsat.kafka.topics.declare-consumed=true",
				// The overview shows every agency's figures, however few its items:
				// recommendation-service otherwise shows dashes below five.
				"--giamsat.statistics.minimum-items=1"));
		settings.addAll(WebhookSecretKey.arguments("browser"));
		return new Services(start(SupervisionServiceApplication.class, databasePrefix + "-supervision", settings),
				start(RecommendationServiceApplication.class, databasePrefix + "-recommendation", settings),
				start(NotificationServiceApplication.class, databasePrefix + "-notification", settings));
	}

	static String url(ConfigurableApplicationContext service) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort();
	}

	@Override
	public void close() {
		for (ConfigurableApplicationContext service : List.of(this.notification, this.recommendation,
				this.supervision)) {
			service.close();
		}
	}

	private static ConfigurableApplicationContext start(Class<?> application, String database, List<String> settings) {
		List<String> arguments = new ArrayList<>(settings);
		arguments.add("--spring.config.location=" + ownConfig(application));
		arguments.add("--spring.mongodb.database=" + database);
		return new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new));
	}

	/**
	 * The {@code application.yml} beside the application's own classes, not another
	 * jar's.
	 */
	private static String ownConfig(Class<?> application) {
		URL location = application.getProtectionDomain().getCodeSource().getLocation();
		String path = location.toString();
		return path.endsWith(".jar") ? "jar:" + path + "!/application.yml" : path + "application.yml";
	}

}
