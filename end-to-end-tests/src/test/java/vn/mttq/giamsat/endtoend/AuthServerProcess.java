package vn.mttq.giamsat.endtoend;

import java.time.Duration;
import java.util.List;

import vn.mttq.giamsat.testfixtures.ServiceLaunch;
import vn.mttq.giamsat.testfixtures.ServiceProcess;

/**
 * The real auth-server, run from its executable jar as its own process, as run-local.sh
 * runs it (profile {@code local}: the demo users and the password grant): its classpath
 * stays its own, apart from the services' shared auto-configuration.
 */
final class AuthServerProcess implements AutoCloseable {

	private final ServiceProcess process;

	private AuthServerProcess(ServiceProcess process) {
		this.process = process;
	}

	static AuthServerProcess start() {
		// The issuer must name the port the process is given (SERVER_PORT), which Spring
		// resolves in the argument.
		ServiceProcess process = ServiceLaunch.of("auth-server")
			.jvm(List.of("-Xmx256m"))
			.arguments(
					List.of("--giamsat.auth.issuer=http://127.0.0.1:${server.port}", "--spring.profiles.active=local"))
			.start();
		AuthServerProcess server = new AuthServerProcess(process);
		try {
			process.awaitReady(Duration.ofSeconds(90));
		}
		catch (RuntimeException ex) {
			server.close();
			throw ex;
		}
		return server;
	}

	String url() {
		return this.process.baseUrl();
	}

	@Override
	public void close() {
		this.process.stop();
	}

}
