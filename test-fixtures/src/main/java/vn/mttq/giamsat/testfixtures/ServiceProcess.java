package vn.mttq.giamsat.testfixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service run from its executable jar as its own operating-system process, as
 * run-local.sh and a deployment run it: {@link #kill()} is a real crash (SIGKILL: no
 * shutdown hook, no graceful close of consumers, producers or connections),
 * {@link #stop()} is an orchestrator's SIGTERM. Started by {@link ServiceLaunch}.
 */
public final class ServiceProcess implements AutoCloseable {

	/** How long a SIGTERM may take before the process is killed. */
	private static final Duration GRACE = Duration.ofSeconds(30);

	private static final ApiClient PROBE = new ApiClient(Duration.ofSeconds(3));

	private final String name;

	private final List<String> command;

	private final Map<String, String> environment;

	private final int port;

	private final int managementPort;

	private final Path log;

	private Process process;

	ServiceProcess(String name, List<String> command, Map<String, String> environment, int port, int managementPort,
			Path log) {
		this.name = name;
		this.command = List.copyOf(command);
		this.environment = Map.copyOf(environment);
		this.port = port;
		this.managementPort = managementPort;
		this.log = log;
	}

	/**
	 * Starts the process (again), on the same ports, with the same environment, appending
	 * to the same log; call {@link #awaitReady(Duration)} next.
	 */
	public synchronized void start() {
		if (isAlive()) {
			throw new IllegalStateException(this.name + " is still running");
		}
		ProcessBuilder builder = new ProcessBuilder(this.command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
		builder.environment().putAll(this.environment);
		builder.environment().put("SERVER_PORT", String.valueOf(this.port));
		builder.environment().put("MANAGEMENT_SERVER_PORT", String.valueOf(this.managementPort));
		try {
			Files.writeString(this.log,
					"%n===== starting %s: %s =====%n".formatted(this.name, String.join(" ", this.command)),
					StandardCharsets.UTF_8, StandardOpenOption.APPEND);
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + this.name, ex);
		}
	}

	/**
	 * Waits until the service reports itself ready (its readiness group includes the
	 * database), polling every 250 ms.
	 * @throws IllegalStateException with the log's tail if it exits or is not ready in
	 * time
	 */
	public void awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!isReady()) {
			if (!isAlive()) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + "\n" + logTail(60));
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(this.name + " was not ready after " + timeout + "\n" + logTail(60));
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + this.name, ex);
			}
		}
	}

	/**
	 * Waits until the process ends by itself, e.g. a start that exits once its context is
	 * refreshed ({@code -Dspring.context.exit=onRefresh}); kills it after the timeout.
	 * @return its exit code, or -1 if it had to be killed
	 */
	public int awaitExit(Duration timeout) {
		try {
			if (this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				return this.process.exitValue();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		kill();
		return -1;
	}

	public boolean isReady() {
		try {
			ApiClient.Response health = PROBE.get(managementUrl() + "/actuator/health/readiness", null);
			return health.status() == 200 && health.text().contains("\"UP\"");
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			return false;
		}
	}

	public synchronized boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/** Kills the process at once (SIGKILL): a crash. */
	public synchronized void kill() {
		if (this.process != null) {
			this.process.destroyForcibly();
			waitFor(this.process);
		}
	}

	/** Stops the process gracefully (SIGTERM), killing it after 30 seconds. */
	public void stop() {
		stopAll(List.of(this));
	}

	@Override
	public void close() {
		stop();
	}

	/**
	 * Stops several processes gracefully at the same time.
	 */
	public static void stopAll(Collection<ServiceProcess> services) {
		List<Process> stopping = new ArrayList<>();
		for (ServiceProcess service : services) {
			synchronized (service) {
				if (service.isAlive()) {
					service.process.destroy();
					stopping.add(service.process);
				}
			}
		}
		for (Process process : stopping) {
			try {
				if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
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

	public String name() {
		return this.name;
	}

	public long pid() {
		return this.process.pid();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	public String managementUrl() {
		return "http://127.0.0.1:" + this.managementPort;
	}

	/**
	 * Returns the last lines of the process's log, for failure messages.
	 * @param lines how many lines
	 * @return the tail, headed by the log file's path
	 */
	public String logTail(int lines) {
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

	@Override
	public String toString() {
		return this.name + "[pid " + pid() + ", " + baseUrl() + ", management " + managementUrl() + ", log " + this.log
				+ "]";
	}

}
