package vn.mttq.giamsat.bench;

import java.util.List;

/**
 * One scrape of a service's {@code /actuator/prometheus}, summed by metric name and label
 * filters.
 */
public final class Prometheus {

	static final List<String> WRITE_COMMANDS = List.of("insert", "update", "delete", "findAndModify");

	private final List<String> lines;

	private Prometheus(List<String> lines) {
		this.lines = lines;
	}

	static Prometheus scrape(String managementUrl) {
		Api.Response response = Api.get(managementUrl + "/actuator/prometheus", null, "text/plain");
		if (response.status() != 200) {
			throw new IllegalStateException("Prometheus endpoint answered " + response.status());
		}
		return new Prometheus(response.text().lines().filter((line) -> !line.startsWith("#")).toList());
	}

	/**
	 * Sums the samples of a metric whose labels contain every filter.
	 * @param metric e.g. {@code jvm_memory_used_bytes}
	 * @param filters label fragments, e.g. {@code area="heap"}
	 * @return the sum, 0 when there is none
	 */
	double sum(String metric, String... filters) {
		double sum = 0;
		for (String line : this.lines) {
			if (!line.startsWith(metric + "{") && !line.startsWith(metric + " ")) {
				continue;
			}
			boolean matches = true;
			for (String filter : filters) {
				matches &= line.contains(filter);
			}
			if (matches) {
				sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return sum;
	}

	/**
	 * Counts the database writes the service's driver sent: insert, update, delete and
	 * findAndModify commands (a bulk command counts once).
	 */
	double databaseWrites() {
		double writes = 0;
		for (String command : WRITE_COMMANDS) {
			writes += sum("mongodb_driver_commands_seconds_count", "command=\"" + command + "\"");
		}
		return writes;
	}

}
