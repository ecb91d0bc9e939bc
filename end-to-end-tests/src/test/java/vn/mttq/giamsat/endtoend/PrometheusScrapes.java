package vn.mttq.giamsat.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What Prometheus would scrape from the three services: each one's
 * {@code /actuator/prometheus}, read without a token as Prometheus does.
 */
final class PrometheusScrapes {

	private PrometheusScrapes() {
	}

	/**
	 * Scrapes the three services, also writing each body to
	 * {@code target/<folder>/<service>.txt} so that a failure can be read against them.
	 * @param services the running services
	 * @param folder the folder under {@code target}
	 * @return the three bodies
	 * @throws IOException when a body cannot be written
	 */
	static List<String> of(RunningServices services, String folder) throws IOException {
		List<String> bodies = new ArrayList<>();
		Path written = Files.createDirectories(Path.of("target", folder));
		for (ConfigurableApplicationContext service : List.of(services.supervision, services.recommendation,
				services.notification)) {
			String body = RestTestClient.bindToServer()
				.baseUrl(RunningServices.managementUrl(service))
				.build()
				.get()
				.uri("/actuator/prometheus")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			Files.writeString(written.resolve(service.getId() + ".txt"), body);
			bodies.add(body);
		}
		return bodies;
	}

}
