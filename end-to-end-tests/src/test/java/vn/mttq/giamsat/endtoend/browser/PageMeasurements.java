package vn.mttq.giamsat.endtoend.browser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each page cost: the server's time to the first byte as the browser's navigation
 * timing saw it ({@code responseStart - requestStart}) and the size of its HTML.
 */
final class PageMeasurements {

	private final List<Measurement> measurements = new ArrayList<>();

	void record(String page, Object timing) {
		List<?> values = (List<?>) timing;
		this.measurements
			.add(new Measurement(page, ((Number) values.get(0)).doubleValue(), ((Number) values.get(1)).longValue()));
	}

	/**
	 * A table of every page measured: how often, the server time's median and maximum,
	 * the HTML's largest size; then the 95th percentile of all server times.
	 */
	String table() {
		Map<String, List<Measurement>> byPage = new LinkedHashMap<>();
		this.measurements
			.forEach((measurement) -> byPage.computeIfAbsent(measurement.page(), (page) -> new ArrayList<>())
				.add(measurement));
		StringBuilder table = new StringBuilder(
				String.format("%-28s %5s %12s %12s %10s%n", "page", "loads", "server p50", "server max", "HTML KB"));
		byPage.forEach((page,
				loads) -> table.append(String.format("%-28s %5d %10.0f ms %10.0f ms %10.1f%n", page, loads.size(),
						percentile(loads, 50), percentile(loads, 100),
						loads.stream().mapToLong(Measurement::htmlBytes).max().orElse(0) / 1024.0)));
		table.append(String.format("all pages: %d loads, server time p95 %.0f ms, largest HTML %.1f KB%n",
				this.measurements.size(), percentile(this.measurements, 95),
				this.measurements.stream().mapToLong(Measurement::htmlBytes).max().orElse(0) / 1024.0));
		return table.toString();
	}

	private static double percentile(List<Measurement> measurements, int percent) {
		if (measurements.isEmpty()) {
			return 0;
		}
		List<Double> sorted = measurements.stream()
			.map(Measurement::serverMillis)
			.sorted(Comparator.naturalOrder())
			.toList();
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	/**
	 * One page load.
	 *
	 * @param page the page's name
	 * @param serverMillis from the request sent to the first byte of the answer
	 * @param htmlBytes the HTML's size, uncompressed
	 */
	record Measurement(String page, double serverMillis, long htmlBytes) {

	}

}
