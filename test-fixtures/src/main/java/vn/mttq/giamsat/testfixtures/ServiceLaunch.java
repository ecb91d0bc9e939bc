package vn.mttq.giamsat.testfixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.mttq.giamsat.localstack.LocalStack;

/**
 * What to run as a {@link ServiceProcess}: a module's executable jar with its JVM
 * options, environment and Spring Boot arguments, logging to a file.
 */
public final class ServiceLaunch {

	private final String module;

	private final Map<String, String> environment = new LinkedHashMap<>();

	private String name;

	private Path log;

	private List<String> jvmOptions = List.of();

	private List<String> arguments = List.of();

	private Path jar;

	private ServiceLaunch(String module) {
		this.module = module;
		this.name = module;
	}

	/**
	 * Begins a launch.
	 * @param module the Maven module whose {@code target/*-exec.jar} to run, found beside
	 * the working directory ({@code ../<module>/target}), as Maven runs a module's tests
	 * and the benchmark
	 * @return a launch named after the module, with no options yet
	 */
	public static ServiceLaunch of(String module) {
		return new ServiceLaunch(module);
	}

	/** Names the process in messages, e.g. {@code recommendation-2}. */
	public ServiceLaunch name(String name) {
		this.name = name;
		return this;
	}

	/**
	 * Sends the output to this file, emptied now; without it, to a new temporary file.
	 */
	public ServiceLaunch logTo(Path log) {
		this.log = log;
		return this;
	}

	/** JVM options, e.g. {@code -Xmx256m}. */
	public ServiceLaunch jvm(List<String> options) {
		this.jvmOptions = List.copyOf(options);
		return this;
	}

	/**
	 * Points the service at the stack's broker, database server and token issuer.
	 * @param database the service's own database
	 */
	public ServiceLaunch against(LocalStack stack, String database) {
		this.environment.put("KAFKA_BOOTSTRAP", stack.kafka().bootstrapServers());
		this.environment.put("MONGODB_URI", stack.mongo().connectionString());
		this.environment.put("MONGODB_DATABASE", database);
		this.environment.put("OIDC_ISSUER", stack.issuer().issuer());
		return this;
	}

	/**
	 * Runs this jar instead of the module's executable jar, e.g. the one the module's jar
	 * was extracted to ({@code java -Djarmode=tools -jar ... extract}), whose classes a
	 * class data sharing archive can hold.
	 */
	public ServiceLaunch jar(Path jar) {
		this.jar = jar;
		return this;
	}

	/** Spring Boot command-line arguments. */
	public ServiceLaunch arguments(List<String> arguments) {
		this.arguments = List.copyOf(arguments);
		return this;
	}

	/**
	 * Starts the process on two free ports (the server's and the management server's);
	 * call {@link ServiceProcess#awaitReady} next.
	 * @return the starting process
	 */
	public ServiceProcess start() {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmOptions);
		command.add("-jar");
		command.add(((this.jar != null) ? this.jar : executableJar(this.module)).toString());
		command.addAll(this.arguments);
		try {
			Path file = (this.log != null) ? this.log : Files.createTempFile(this.name + "-", ".log");
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, "");
			ServiceProcess process = new ServiceProcess(this.name, command, this.environment, freePort(), freePort(),
					file);
			process.start();
			return process;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + this.name, ex);
		}
	}

	/**
	 * Finds a module's executable jar beside the working directory.
	 * @param module the Maven module
	 * @return its {@code ../<module>/target/*-exec.jar}
	 * @throws IllegalStateException if it has not been built
	 */
	public static Path executableJar(String module) {
		Path target = Paths.get("..", module, "target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().endsWith("-exec.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No " + module + " exec jar in " + target.toAbsolutePath()
						+ "; build it first (./mvnw -q install -DskipTests), or let the reactor package it"));
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

}
