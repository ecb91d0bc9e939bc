package vn.mttq.giamsat.recommendation.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a YAML data file that remembers where it came from, so that every error names
 * the file, the line and the field. Unknown fields are errors, so a misspelt key is not
 * silently ignored.
 */
final class YamlNode {

	private final String file;

	private final String path;

	private final Node node;

	private YamlNode(String file, String path, Node node) {
		this.file = file;
		this.path = path;
		this.node = node;
	}

	static YamlNode parse(String file, InputStream content) {
		try (Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8)) {
			Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
			if (root == null) {
				throw new DeadlineDataException(file + ": the file is empty");
			}
			return new YamlNode(file, "", root);
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			throw new DeadlineDataException(file + ", line " + line + ": not valid YAML (" + ex.getProblem() + ")", ex);
		}
		catch (YAMLException ex) {
			throw new DeadlineDataException(file + ": not valid YAML (" + ex.getMessage() + ")", ex);
		}
		catch (IOException ex) {
			throw new DeadlineDataException(file + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * The fields of a mapping, after checking that it has no field outside those allowed.
	 */
	Map<String, YamlNode> fields(String... allowed) {
		if (!(this.node instanceof MappingNode mapping)) {
			throw error("expected a mapping of fields " + Arrays.toString(allowed));
		}
		Set<String> accepted = Set.of(allowed);
		Map<String, YamlNode> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			YamlNode key = new YamlNode(this.file, this.path, tuple.getKeyNode());
			String name = key.text();
			if (!accepted.contains(name)) {
				throw key.error("unknown field '" + name + "'; expected one of " + Arrays.toString(allowed));
			}
			if (fields.put(name, new YamlNode(this.file, child(name), tuple.getValueNode())) != null) {
				throw key.error("field '" + name + "' is given twice");
			}
		}
		return fields;
	}

	List<YamlNode> list() {
		if (!(this.node instanceof SequenceNode sequence)) {
			throw error("expected a list");
		}
		List<YamlNode> items = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			items.add(new YamlNode(this.file, this.path + "[" + items.size() + "]", item));
		}
		return items;
	}

	String text() {
		if (!(this.node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
			throw error("expected a non-empty value");
		}
		return scalar.getValue().trim();
	}

	int integer() {
		String text = text();
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw error("'" + text + "' is not a whole number");
		}
	}

	boolean bool() {
		String text = text().toLowerCase(Locale.ROOT);
		if (!text.equals("true") && !text.equals("false")) {
			throw error("'" + text + "' is not true or false");
		}
		return Boolean.parseBoolean(text);
	}

	LocalDate date() {
		String text = text();
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw error("'" + text + "' is not a date (expected yyyy-MM-dd)");
		}
	}

	<E extends Enum<E>> E enumValue(Class<E> type) {
		String text = text();
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			throw error("'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

	List<String> texts() {
		return list().stream().map(YamlNode::text).toList();
	}

	static YamlNode required(Map<String, YamlNode> fields, String name, YamlNode parent) {
		YamlNode value = fields.get(name);
		if (value == null) {
			throw parent.error("missing field '" + name + "'");
		}
		return value;
	}

	static Optional<YamlNode> optional(Map<String, YamlNode> fields, String name) {
		return Optional.ofNullable(fields.get(name));
	}

	int line() {
		return this.node.getStartMark().getLine() + 1;
	}

	String file() {
		return this.file;
	}

	DeadlineDataException error(String problem) {
		String field = this.path.isEmpty() ? "" : ", field '" + this.path + "'";
		return new DeadlineDataException(this.file + ", line " + line() + field + ": " + problem);
	}

	private String child(String name) {
		return this.path.isEmpty() ? name : this.path + "." + name;
	}

}
