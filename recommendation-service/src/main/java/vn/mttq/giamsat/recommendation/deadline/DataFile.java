package vn.mttq.giamsat.recommendation.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.InputStreamSource;

/**
 * A YAML data file, read into records strictly: an unknown field, a field given twice, a
 * number for a name or a date not in {@code yyyy-MM-dd} is an error, and every error
 * names the file, the line and the field so that an operator can correct it.
 *
 * @param name where the file comes from, as an operator knows it
 * @param content its text
 */
record DataFile(String name, String content) {

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		// an absent optional flag is false; a required field is checked by its record
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
		.disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
		// no epoch-day numbers or date-times for a date: yyyy-MM-dd only
		.defaultLeniency(false)
		.changeDefaultNullHandling((nulls) -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
		.build();

	/**
	 * Reads a whole file.
	 * @throws DeadlineDataException if it cannot be read
	 */
	static DataFile load(String name, InputStreamSource source) {
		try (InputStream content = source.getInputStream()) {
			return new DataFile(name, new String(content.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new DeadlineDataException(name + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * Binds the file to a record mirroring its shape.
	 * @throws DeadlineDataException naming the line and field of the first problem
	 */
	<T> T read(Class<T> type) {
		try {
			return YAML.readValue(this.content, type);
		}
		catch (JacksonException ex) {
			throw YamlProblems.describe(this, ex);
		}
	}

	/** An error about the value at a field path such as {@code daysOff[1].date}. */
	DeadlineDataException error(String path, String problem) {
		return error(lineOf(path), path, problem);
	}

	DeadlineDataException error(int line, String path, String problem) {
		String field = path.isEmpty() ? "" : ", field '" + path + "'";
		return new DeadlineDataException(this.name + ", line " + line + field + ": " + problem);
	}

	/**
	 * The line where a field path starts, or where its nearest enclosing field starts if
	 * it is absent.
	 */
	int lineOf(String path) {
		return first((token) -> token.path().equals(path)).map(Token::line)
			.orElseGet(() -> path.isEmpty() ? 1 : lineOf(FieldPaths.parent(path)));
	}

	/** The path of the first field of a mapping whose name is not one of those given. */
	Optional<String> fieldOutside(String mapping, Set<String> names) {
		return first((token) -> token.name() && FieldPaths.parent(token.path()).equals(mapping)
				&& !names.contains(FieldPaths.last(token.path())))
			.map(Token::path);
	}

	/**
	 * The first token of the file that matches. Bound records do not keep lines, so the
	 * file is read again, on error only.
	 */
	private Optional<Token> first(Predicate<Token> wanted) {
		try (JsonParser parser = YAML.createParser(this.content)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				Token at = new Token(token == JsonToken.PROPERTY_NAME,
						FieldPaths.of(parser.streamReadContext().pathAsPointer()),
						parser.currentTokenLocation().getLineNr());
				if (wanted.test(at)) {
					return Optional.of(at);
				}
			}
		}
		catch (JacksonException ex) {
			// the part before the broken one was searched
		}
		return Optional.empty();
	}

	/**
	 * Checks a field a record needs, for its compact constructor; the error is reported
	 * at the record's line.
	 */
	static <T> T required(T value, String field) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new IllegalArgumentException("field '" + field + "' is missing or empty");
		}
		return value;
	}

	private record Token(boolean name, String path, int line) {

	}

}
