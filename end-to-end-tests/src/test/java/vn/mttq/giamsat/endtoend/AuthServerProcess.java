package vn.mttq.giamsat.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The real auth-server, run from its executable jar as its own process, as run-local.sh
 * runs it (profile {@code local}: the demo users and the password grant): its classpath
 * stays its own, apart from the services' shared auto-configuration.
 */
final class AuthServerProcess implements AutoCloseable {

	private final Process process;

	private final String url;

	private AuthServerProcess(Process process, String url) {
		this.process = process;
		this.url = url;
	}

	static AuthServerProcess start() {
		int port = freePort();
		String url = "http://localhost:" + port;
		try {
			Path log = Files.createTempFile("auth-server", ".log");
			Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx256m", "-jar", executableJar().toString(), "--server.port=" + port,
					"--giamsat.auth.issuer=" + url, "--spring.profiles.active=local")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			AuthServerProcess server = new AuthServerProcess(process, url);
			server.awaitHealthy(log);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return this.url;
	}

	private void awaitHealthy(Path log) throws IOException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline && this.process.isAlive()) {
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(URI.create(this.url + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			sleep();
		}
		close();
		throw new IllegalStateException("auth-server did not become healthy; its log:\n" + Files.readString(log));
	}

	private static Path executableJar() throws IOException {
		Path target = Paths.get("..", "auth-server", "target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().endsWith("-exec.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No auth-server exec jar in " + target.toAbsolutePath()
						+ "; the reactor packages it before this module"));
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
