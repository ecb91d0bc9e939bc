package vn.mttq.giamsat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.testfixtures.ServiceLaunch;
import vn.mttq.giamsat.testfixtures.ServiceProcess;

/**
 * How a service's JVM starts, as run-local.sh starts it: the options of
 * {@code ops/jvm/service.options} (a JVM argument file, the one place they are set), and
 * class data sharing: the module's jar extracted into {@code target/cds/} and a dynamic
 * archive of the classes one start loads, made on first use by a start that exits once
 * its context is refreshed. Without the archive the service starts from its executable
 * jar as before.
 *
 * @param jar the jar to run
 * @param options the JVM options, the argument file first
 */
record ServiceJvm(Path jar, List<String> options) {

	/**
	 * The argument file, from the bench module's directory (Maven's working directory).
	 */
	static final Path OPTIONS = Paths.get("..", "ops", "jvm", "service.options").toAbsolutePath().normalize();

	/**
	 * Prepares a module's start, making its class data archive first if it is missing or
	 * older than the jar.
	 * @param stack the broker and database server the training start connects to
	 * @param logDir where the training start logs
	 * @param extra further JVM options (after the argument file's, so they win)
	 * @param cds whether to use (and make) the class data sharing archive
	 * @param arguments the Spring Boot arguments the service starts with (the training
	 * start needs them too)
	 */
	static ServiceJvm prepare(String module, LocalStack stack, Path logDir, List<String> extra, boolean cds,
			List<String> arguments) {
		List<String> options = new ArrayList<>();
		options.add("@" + OPTIONS);
		options.addAll(extra);
		Path exec = ServiceLaunch.executableJar(module).toAbsolutePath().normalize();
		if (!cds) {
			return new ServiceJvm(exec, options);
		}
		Path dir = exec.getParent().resolve("cds");
		Path jar = dir.resolve(exec.getFileName());
		Path archive = dir.resolve(module + ".jsa");
		if (!isFresh(archive, exec)
				&& !train(module, new Training(exec, dir, jar, archive, arguments), stack, logDir, options)) {
			return new ServiceJvm(exec, options);
		}
		options.add("-XX:SharedArchiveFile=" + archive);
		return new ServiceJvm(jar, options);
	}

	private static boolean isFresh(Path archive, Path exec) {
		try {
			return Files.size(archive) > 0
					&& Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(exec)) > 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean train(String module, Training training, LocalStack stack, Path logDir,
			List<String> options) {
		System.out.println("BENCH | " + module + ": making its class data sharing archive (first start after a build)");
		Path partial = training.dir().resolveSibling("cds-" + ProcessHandle.current().pid() + ".jsa");
		try {
			if (!extract(training.exec(), training.dir())) {
				return fallBack(module, "the jar could not be extracted");
			}
			List<String> jvm = new ArrayList<>(options);
			jvm.add("-XX:ArchiveClassesAtExit=" + partial);
			jvm.add("-Dspring.context.exit=onRefresh");
			ServiceProcess start = ServiceLaunch.of(module)
				.name(module + "-cds")
				.jar(training.jar())
				.logTo(logDir.resolve(module + "-cds.log"))
				.jvm(jvm)
				.against(stack, "bench-cds")
				.arguments(training.arguments())
				.start();
			if (start.awaitExit(Duration.ofMinutes(4)) != 0 || !Files.exists(partial) || Files.size(partial) == 0) {
				return fallBack(module, "the training start failed, see " + logDir.resolve(module + "-cds.log"));
			}
			Files.move(partial, training.archive(), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException | RuntimeException ex) {
			return fallBack(module, ex.toString());
		}
		finally {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException ex) {
				// Left in target/, which a clean removes.
			}
		}
	}

	private static boolean extract(Path exec, Path dir) throws IOException {
		List<String> command = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
				"-Djarmode=tools", "-jar", exec.toString(), "extract", "--force", "--destination", dir.toString());
		Files.createDirectories(dir);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			return process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			return false;
		}
	}

	private static boolean fallBack(String module, String why) {
		System.out.println("BENCH | " + module + ": no class data sharing (" + why + "); it starts from its jar");
		return false;
	}

	/**
	 * What a training start runs and where its archive goes.
	 *
	 * @param exec the module's executable jar
	 * @param dir where it is extracted
	 * @param jar the extracted application jar
	 * @param archive the archive
	 * @param arguments the service's Spring Boot arguments
	 */
	private record Training(Path exec, Path dir, Path jar, Path archive, List<String> arguments) {
	}

	/** Whether the start maps a class data sharing archive. */
	boolean sharesClasses() {
		return this.options.stream().anyMatch((option) -> option.startsWith("-XX:SharedArchiveFile="));
	}

	/** The argument file's options, as the table shows them. */
	static String describe() {
		try {
			return String.join(" ",
					Files.readAllLines(OPTIONS)
						.stream()
						.map(String::trim)
						.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
						.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + OPTIONS, ex);
		}
	}

}
