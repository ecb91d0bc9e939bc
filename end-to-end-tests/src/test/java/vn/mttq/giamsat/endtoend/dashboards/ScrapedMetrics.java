package vn.mttq.giamsat.endtoend.dashboards;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The series names in Prometheus text exposition, each with every label name seen on it.
 */
final class ScrapedMetrics {

	private final Map<String, Set<String>> labelsByName = new TreeMap<>();

	private ScrapedMetrics() {
	}

	/**
	 * Reads one or more scrapes.
	 * @param expositions the bodies of {@code /actuator/prometheus}
	 * @return the series found in any of them
	 */
	static ScrapedMetrics parse(Iterable<String> expositions) {
		ScrapedMetrics metrics = new ScrapedMetrics();
		for (String exposition : expositions) {
			exposition.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(metrics::add);
		}
		return metrics;
	}

	private void add(String sample) {
		int brace = sample.indexOf('{');
		int space = sample.indexOf(' ');
		boolean labelled = brace >= 0 && (space < 0 || brace < space);
		String name = sample.substring(0, labelled ? brace : space);
		Set<String> labels = this.labelsByName.computeIfAbsent(name, (key) -> new LinkedHashSet<>());
		if (labelled) {
			labels.addAll(labelNames(sample, brace + 1));
		}
	}

	/**
	 * Label names up to the closing brace; values may hold commas, braces and escaped
	 * quotes.
	 */
	private static Set<String> labelNames(String sample, int from) {
		Set<String> names = new LinkedHashSet<>();
		int i = from;
		while (i < sample.length() && sample.charAt(i) != '}') {
			int equals = sample.indexOf('=', i);
			names.add(sample.substring(i, equals).strip());
			i = equals + 2;
			while (sample.charAt(i) != '"') {
				i += (sample.charAt(i) == '\\') ? 2 : 1;
			}
			i++;
			if (sample.charAt(i) == ',') {
				i++;
			}
		}
		return names;
	}

	boolean has(String name) {
		return this.labelsByName.containsKey(name);
	}

	Set<String> labelsOf(String name) {
		return this.labelsByName.getOrDefault(name, Set.of());
	}

	Set<String> names() {
		return this.labelsByName.keySet();
	}

}
