package vn.mttq.giamsat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One service run from its executable jar as its own process, with the heap and flags the
 * benchmark asks for, on free ports, logging to a file.
 */
public final class ServiceProcess implements AutoCloseable {

	private final String name;

	private final int port;

	private final int managementPort;

	private final Path log;

	private final Process process;

	private ServiceProcess(String name, int port, int managementPort, Path log, Process process) {
		this.name = name;
		this.port = port;
		this.managementPort = managementPort;
		this.log = log;
		this.process = process;
	}

	/**
	 * Starts a service; call {@link #awaitReady(Duration)} next.
	 * @param module the Maven module whose {@code target/*-exec.jar} to run, found beside
	 * the working directory ({@code ../<module>/target})
	 * @param logDir where the log goes
	 * @param environment the process environment beyond the ports
	 * @param jvmOptions e.g. {@code -Xmx256m}
	 * @param arguments Spring Boot command-line arguments
	 * @return the starting process
	 */
	public static ServiceProcess launch(String module, Path logDir, Map<String, String> environment,
			List<String> jvmOptions, List<String> arguments) {
		int port = freePort();
		int managementPort = freePort();
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(executableJar(module).toString());
		command.addAll(arguments);
		try {
			Files.createDirectories(logDir);
			Path log = logDir.resolve(module + ".log");
			Files.writeString(log, "===== bench: " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			builder.environment().put("SERVER_PORT", String.valueOf(port));
			builder.environment().put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
			return new ServiceProcess(module, port, managementPort, log, builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + module, ex);
		}
	}

	/**
	 * Waits until the service reports itself ready.
	 * @throws IllegalStateException with the log's tail if it exits or times out
	 */
	public void awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + "\n" + logTail());
			}
			try {
				Api.Response health = Api.get(managementUrl() + "/actuator/health/readiness", null);
				if (health.status() == 200) {
					return;
				}
			}
			catch (UncheckedIOException ex) {
				// not listening yet
			}
			Pause.millis(250);
		}
		throw new IllegalStateException(this.name + " was not ready after " + timeout + "\n" + logTail());
	}

	/**
	 * Reads the heap in use from the service's Prometheus endpoint.
	 * @return bytes of heap in use, summed over the pools
	 */
	public long heapUsed() {
		return (long) Prometheus.scrape(managementUrl()).sum("jvm_memory_used_bytes", "area=\"heap\"");
	}

	public Prometheus metrics() {
		return Prometheus.scrape(managementUrl());
	}

	public long pid() {
		return this.process.pid();
	}

	public String name() {
		return this.name;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	public String managementUrl() {
		return "http://127.0.0.1:" + this.managementPort;
	}

	/**
	 * Stops the process gracefully, killing it after 20 seconds.
	 */
	@Override
	public void close() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	/** Kills the process at once, for a shutdown hook. */
	void kill() {
		this.process.destroyForcibly();
	}

	String logTail() {
		try {
			List<String> all = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return "----- " + this.log + " -----\n"
					+ String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(cannot read " + this.log + ")";
		}
	}

	static Path executableJar(String module) {
		Path target = Paths.get("..", module, "target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().endsWith("-exec.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No " + module + " exec jar in " + target.toAbsolutePath()
						+ "; build it first: ./mvnw -q install -DskipTests"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No " + module + " target directory at " + target.toAbsolutePath(), ex);
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

	@Override
	public String toString() {
		return this.name + "[pid " + pid() + ", " + baseUrl() + ", log " + this.log + "]";
	}

}
