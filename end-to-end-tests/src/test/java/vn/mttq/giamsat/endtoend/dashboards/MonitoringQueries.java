package vn.mttq.giamsat.endtoend.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every PromQL query the operations files ask Prometheus: the dashboards' panel targets
 * and variable queries in {@code ops/grafana/dashboards}, and the alert rules of
 * {@code ops/prometheus/alerts.yml}.
 */
final class MonitoringQueries {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Grafana's {@code label_values(selector, label)}: the label values of a series. */
	private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\((.*),\\s*(\\w+)\\s*\\)\\s*$",
			Pattern.DOTALL);

	private MonitoringQueries() {
	}

	/**
	 * The repository's {@code ops} folder, seen from a module's directory (the test's
	 * working directory).
	 */
	static Path opsFolder() {
		Path ops = Path.of("").toAbsolutePath().getParent().resolve("ops");
		if (!Files.isDirectory(ops)) {
			throw new IllegalStateException("No ops folder at " + ops);
		}
		return ops;
	}

	static List<Query> all(Path ops) {
		List<Query> queries = new ArrayList<>(dashboards(ops.resolve("grafana/dashboards")));
		queries.addAll(alertRules(ops.resolve("prometheus/alerts.yml")));
		return queries;
	}

	static List<Query> dashboards(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			List<Query> queries = new ArrayList<>();
			for (Path file : files.filter((f) -> f.toString().endsWith(".json")).sorted().toList()) {
				queries.addAll(dashboard(file));
			}
			return queries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Query> dashboard(Path file) {
		JsonNode dashboard = JSON.readTree(file.toFile());
		String name = file.getFileName().toString();
		List<Query> queries = new ArrayList<>();
		for (JsonNode variable : dashboard.path("templating").path("list")) {
			JsonNode query = variable.path("query");
			String text = query.isObject() ? query.path("query").asString() : query.asString();
			if ("query".equals(variable.path("type").asString()) && !text.isBlank()) {
				queries.add(new Query(name + " › variable $" + variable.path("name").asString(), fromGrafana(text)));
			}
		}
		panels(dashboard.path("panels"), name, queries);
		return queries;
	}

	private static void panels(JsonNode panels, String dashboard, List<Query> queries) {
		for (JsonNode panel : panels) {
			for (JsonNode target : panel.path("targets")) {
				String expression = target.path("expr").asString();
				if (!expression.isBlank()) {
					queries.add(new Query(dashboard + " › " + panel.path("title").asString() + " ("
							+ target.path("refId").asString() + ")", expression));
				}
			}
			// A collapsed row keeps its panels inside it.
			panels(panel.path("panels"), dashboard, queries);
		}
	}

	/**
	 * A variable's {@code label_values(m, l)} needs the same as {@code sum by (l) (m)}.
	 */
	static String fromGrafana(String query) {
		Matcher labelValues = LABEL_VALUES.matcher(query);
		return labelValues.matches() ? "sum by (" + labelValues.group(2) + ") (" + labelValues.group(1) + ")" : query;
	}

	@SuppressWarnings("unchecked")
	static List<Query> alertRules(Path file) {
		Map<String, Object> rules = (Map<String, Object>) read(file);
		List<Query> queries = new ArrayList<>();
		for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
			for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
				Object name = (rule.get("alert") != null) ? rule.get("alert") : rule.get("record");
				queries.add(new Query(file.getFileName() + " › " + name, (String) rule.get("expr")));
			}
		}
		return queries;
	}

	/**
	 * The labels Prometheus itself puts on every series it scrapes from the services:
	 * job, instance, and the target labels of {@code prometheus.yml}.
	 */
	@SuppressWarnings("unchecked")
	static Set<String> targetLabels(Path prometheusConfig) {
		Set<String> labels = new LinkedHashSet<>(List.of("job", "instance"));
		Map<String, Object> config = (Map<String, Object>) read(prometheusConfig);
		for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
			for (Map<String, Object> targets : (List<Map<String, Object>>) job.getOrDefault("static_configs",
					List.of())) {
				labels.addAll(((Map<String, Object>) targets.getOrDefault("labels", Map.of())).keySet());
			}
		}
		return labels;
	}

	private static Object read(Path yaml) {
		try (InputStream in = Files.newInputStream(yaml)) {
			return new Yaml().load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One query and where it is written.
	 *
	 * @param source the file and the panel or rule
	 * @param expression the PromQL
	 */
	record Query(String source, String expression) {

		List<PromQlSelectors.Selector> selectors() {
			return PromQlSelectors.of(this.expression);
		}

	}

}
