package vn.mttq.giamsat.endtoend.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * One service run from its executable jar as its own operating-system process, as
 * run-local.sh and a deployment run it, so that a kill is a real crash: no shutdown hook,
 * no graceful close of consumers, producers or connections.
 */
final class ServiceProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final String module;

	private final String name;

	private final Map<String, String> environment;

	private final List<String> arguments;

	private final int port;

	private final int managementPort;

	private final Path log;

	private Process process;

	private ServiceProcess(String module, String name, Map<String, String> environment, List<String> arguments,
			int port, int managementPort, Path log) {
		this.module = module;
		this.name = name;
		this.environment = environment;
		this.arguments = arguments;
		this.port = port;
		this.managementPort = managementPort;
		this.log = log;
	}

	/**
	 * Starts a service process on free ports; call {@link #awaitReady(Duration)} next.
	 * @param module the Maven module whose {@code target/*-exec.jar} to run
	 * @param name a name for messages and the log file, e.g. {@code recommendation-2}
	 * @param environment the process environment beyond the ports
	 * @param arguments extra Spring Boot command-line arguments
	 * @return the starting process
	 */
	static ServiceProcess launch(String module, String name, Map<String, String> environment, List<String> arguments) {
		try {
			Path log = Files.createTempFile("fault-suite-" + name + "-", ".log");
			ServiceProcess service = new ServiceProcess(module, name, Map.copyOf(environment), List.copyOf(arguments),
					freePort(), freePort(), log);
			service.start();
			return service;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts the process again, on the same ports, with the same environment, appending
	 * to the same log; call {@link #awaitReady(Duration)} next.
	 */
	synchronized void start() {
		if (this.process != null && this.process.isAlive()) {
			throw new IllegalStateException(this.name + " is still running");
		}
		List<String> command = new ArrayList<>(
				List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:+UseSerialGC", "-jar", executableJar(this.module).toString()));
		command.addAll(this.arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
		Map<String, String> env = new LinkedHashMap<>(this.environment);
		env.put("SERVER_PORT", String.valueOf(this.port));
		env.put("MANAGEMENT_SERVER_PORT", String.valueOf(this.managementPort));
		builder.environment().putAll(env);
		try {
			Files.writeString(this.log, "%n===== fault suite: starting %s =====%n".formatted(this.name),
					StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + this.name, ex);
		}
	}

	/**
	 * Waits until the service reports itself ready (its readiness group includes the
	 * database).
	 * @param timeout how long at most
	 * @throws AssertionError with the log's tail if it does not become ready
	 */
	void awaitReady(Duration timeout) {
		try {
			await(this.name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
				if (!isAlive()) {
					throw new IllegalStateException(this.name + " exited with " + this.process.exitValue());
				}
				return isReady();
			});
		}
		catch (ConditionTimeoutException | IllegalStateException ex) {
			throw new AssertionError(this.name + " did not become ready: " + ex.getMessage() + "\n" + logTail(60), ex);
		}
	}

	boolean isReady() {
		try {
			HttpResponse<String> response = HTTP
				.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(3))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	synchronized boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/**
	 * Kills the process at once (SIGKILL): a crash.
	 */
	synchronized void kill() {
		if (this.process != null) {
			this.process.destroyForcibly();
			waitFor(this.process);
		}
	}

	/**
	 * Stops the process gracefully (SIGTERM), as an orchestrator does.
	 */
	synchronized void stop() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
					this.process.destroyForcibly();
					waitFor(this.process);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.process.destroyForcibly();
			}
		}
	}

	/**
	 * Stops several processes gracefully at the same time.
	 * @param services the processes
	 */
	static void stopAll(List<ServiceProcess> services) {
		List<Process> stopping = new ArrayList<>();
		for (ServiceProcess service : services) {
			synchronized (service) {
				if (service.process != null && service.process.isAlive()) {
					service.process.destroy();
					stopping.add(service.process);
				}
			}
		}
		for (Process process : stopping) {
			try {
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					waitFor(process);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
			}
		}
	}

	String name() {
		return this.name;
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	String managementUrl() {
		return "http://localhost:" + this.managementPort;
	}

	/**
	 * Returns the last lines of the process's log, for failure messages.
	 * @param lines how many lines
	 * @return the tail, headed by the log file's path
	 */
	String logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return "----- last " + lines + " lines of " + this.log + " -----\n"
					+ String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(cannot read " + this.log + ": " + ex + ")";
		}
	}

	private static void waitFor(Process process) {
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Finds the executable jar the reactor's package phase built, as
	 * {@code AuthServerProcess} does.
	 */
	static Path executableJar(String module) {
		Path target = Paths.get("..", module, "target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().endsWith("-exec.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No " + module + " exec jar in " + target.toAbsolutePath()
						+ "; the reactor packages it before this module"));
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
		return this.name + "[" + baseUrl() + ", management " + managementUrl() + ", log " + this.log + "]";
	}

}
