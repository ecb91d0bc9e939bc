package vn.mttq.giamsat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import vn.mttq.giamsat.bench.peer.FlowablePeer;

/**
 * Runs {@link FlowablePeer} in a JVM of its own (this benchmark's classpath, a 2 GiB
 * heap) and reads its figures; its resident memory is sampled while it runs.
 */
final class Peer {

	private Peer() {
	}

	static Result run(Path logDir, int open, int answers, int escalations) {
		List<String> command = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
				"-cp", System.getProperty("java.class.path"), FlowablePeer.class.getName(), Integer.toString(open),
				Integer.toString(answers), Integer.toString(escalations));
		Map<String, Double> figures = new HashMap<>();
		long peakResident = 0;
		Process process = null;
		try {
			Files.createDirectories(logDir);
			Path log = logDir.resolve("flowable-peer.log");
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
					var writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
				String line;
				while ((line = out.readLine()) != null) {
					writer.write(line);
					writer.newLine();
					if (line.startsWith("PEER ")) {
						String[] pair = line.substring(5).split("=", 2);
						figures.put(pair[0], Double.parseDouble(pair[1]));
						System.out.println("BENCH |   " + line);
						if (pair[0].equals("heap_bytes")) {
							peakResident = Math.max(peakResident, Machine.residentBytes(process.pid()));
						}
					}
				}
			}
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("The peer failed; see " + log);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			if (process != null && process.isAlive()) {
				process.destroyForcibly();
			}
		}
		return new Result(figures, peakResident);
	}

	/**
	 * The peer's figures.
	 *
	 * @param figures by the keys {@link FlowablePeer} prints
	 * @param resident its resident memory with the open items loaded, in bytes
	 */
	record Result(Map<String, Double> figures, long resident) {

		double get(String key) {
			return this.figures.getOrDefault(key, Double.NaN);
		}

	}

}
