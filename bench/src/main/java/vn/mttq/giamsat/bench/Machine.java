package vn.mttq.giamsat.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine the figures come from, and the memory of a process.
 */
final class Machine {

	private Machine() {
	}

	static String describe() {
		double[] load = new double[3];
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			for (int i = 0; i < 3; i++) {
				load[i] = Double.parseDouble(parts[i]);
			}
		}
		catch (IOException | RuntimeException ex) {
			load[0] = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		}
		return String.format(Locale.ROOT, "%d cores, load average %.2f %.2f %.2f, %s %s, %s",
				Runtime.getRuntime().availableProcessors(), load[0], load[1], load[2],
				System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"));
	}

	/**
	 * Resident memory of a process, from {@code /proc}.
	 * @return bytes, or 0 where {@code /proc} is not available
	 */
	static long residentBytes(long pid) {
		return kibibytes(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
	}

	/**
	 * Proportional set size of a process, from {@code /proc}: its resident pages, each
	 * page shared with other processes divided among them.
	 * @return bytes, or 0 where {@code /proc} is not available
	 */
	static long proportionalBytes(long pid) {
		return kibibytes(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
	}

	private static long kibibytes(Path file, String key) {
		try {
			for (String line : Files.readAllLines(file)) {
				if (line.startsWith(key)) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
		return 0;
	}

}
