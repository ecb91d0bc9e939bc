package vn.mttq.giamsat.endtoend.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.testfixtures.ServiceLaunch;
import vn.mttq.giamsat.testfixtures.ServiceProcess;

/**
 * The whole system a person's browser meets: the real auth-server and the web console,
 * each from its executable jar as its own process (their classpaths stay their own, apart
 * from the services' shared auto-configuration), and the three services in this JVM, on
 * the local stack, with the demo loaded.
 * <p>
 * The browser reaches the console at {@code localhost} and auth-server at
 * {@code 127.0.0.1}: two sites, so their session cookies never meet, as in a deployment.
 */
final class ConsoleSystem implements AutoCloseable {

	private static final String CONSOLE_SECRET = "browser-tests-console-secret";

	private final ServiceProcess auth;

	private final Services services;

	private final ServiceProcess console;

	private final String consoleUrl;

	private ConsoleSystem(ServiceProcess auth, Services services, ServiceProcess console, String consoleUrl) {
		this.auth = auth;
		this.services = services;
		this.console = console;
		this.consoleUrl = consoleUrl;
	}

	static ConsoleSystem start(LocalStack stack) {
		// auth-server must know the console's redirect address before the console, which
		// reads auth-server's discovery document at start, can run: its port is chosen
		// now.
		int consolePort = freePort();
		String consoleUrl = "http://localhost:" + consolePort;
		ServiceProcess auth = ServiceLaunch.of("auth-server")
			.jvm(List.of("-Xmx256m"))
			.arguments(
					List.of("--giamsat.auth.issuer=http://127.0.0.1:${server.port}", "--spring.profiles.active=local",
							"--giamsat.auth.clients.web-console.secret={noop}" + CONSOLE_SECRET,
							"--giamsat.auth.clients.web-console.redirect-uris=" + consoleUrl
									+ "/login/oauth2/code/giamsat",
							"--giamsat.auth.clients.web-console.post-logout-redirect-uris=" + consoleUrl + "/"))
			.start();
		Services services = null;
		ServiceProcess console = null;
		try {
			services = Services.start(stack, auth.baseUrl(), "browser");
			auth.awaitReady(Duration.ofSeconds(120));
			console = ServiceLaunch.of("web-console")
				.jvm(List.of("-Xmx256m"))
				.arguments(List.of("--server.port=" + consolePort, "--giamsat.console.issuer=" + auth.baseUrl(),
						"--spring.security.oauth2.client.provider.giamsat.issuer-uri=" + auth.baseUrl(),
						"--spring.security.oauth2.client.registration.giamsat.client-secret=" + CONSOLE_SECRET,
						"--spring.mongodb.uri=" + stack.mongo().connectionString(),
						"--spring.mongodb.database=browser-console",
						"--giamsat.console.services.supervision=" + Services.url(services.supervision()),
						"--giamsat.console.services.recommendation=" + Services.url(services.recommendation()),
						"--giamsat.console.services.notification=" + Services.url(services.notification())))
				.start();
			console.awaitReady(Duration.ofSeconds(120));
			DemoData.load(auth.baseUrl(), services);
			return new ConsoleSystem(auth, services, console, consoleUrl);
		}
		catch (RuntimeException ex) {
			new ConsoleSystem(auth, services, console, consoleUrl).close();
			throw ex;
		}
	}

	String consoleUrl() {
		return this.consoleUrl;
	}

	/** The first item of the demo's letter 125 addressed to an agency. */
	DemoData.Item firstItemOf(String agencyId) {
		return DemoData.firstItemOf(agencyId, authUrl(), this.services);
	}

	String authUrl() {
		return this.auth.baseUrl();
	}

	@Override
	public void close() {
		if (this.console != null) {
			this.console.stop();
		}
		if (this.services != null) {
			this.services.close();
		}
		this.auth.stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
