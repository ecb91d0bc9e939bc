package vn.mttq.giamsat.recommendation.deadline;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Puts what Jackson found wrong with a data file in plain words, at the line and field
 * path of the problem, never with a Java type name.
 */
final class YamlProblems {

	private YamlProblems() {
	}

	static DeadlineDataException describe(DataFile file, JacksonException ex) {
		if (ex instanceof StreamReadException unreadable) {
			return unreadable(file, unreadable);
		}
		String path = FieldPaths.of(ex.getPath());
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return unknownField(file, path, unknown.getKnownPropertyIds());
		}
		// neither a second document nor a key given twice has an exception type of its
		// own
		if (ex.getOriginalMessage().startsWith("Trailing token")) {
			return file.error(line(ex), "", "a second document follows; a data file holds one");
		}
		return misspeltField(file, path, ex).orElseGet(() -> file.error(path, problem(ex)));
	}

	/**
	 * Jackson builds a record before it looks at unknown fields, but a misspelt field is
	 * both unknown and missing, and its name is the better clue.
	 */
	private static Optional<DeadlineDataException> misspeltField(DataFile file, String path, JacksonException ex) {
		if (!(ex instanceof ValueInstantiationException refused) || !refused.getType().isRecordType()) {
			return Optional.empty();
		}
		List<String> fields = Arrays.stream(refused.getType().getRawClass().getRecordComponents())
			.map(RecordComponent::getName)
			.toList();
		return file.fieldOutside(path, Set.copyOf(fields)).map((unknown) -> unknownField(file, unknown, fields));
	}

	private static DeadlineDataException unknownField(DataFile file, String path, Collection<?> known) {
		return file.error(file.lineOf(path), FieldPaths.parent(path),
				"unknown field '" + FieldPaths.last(path) + "'; expected one of " + known);
	}

	private static DeadlineDataException unreadable(DataFile file, StreamReadException ex) {
		int line = line(ex);
		TokenStreamContext context = (ex.processor() != null) ? ex.processor().streamReadContext() : null;
		String path = (context != null) ? FieldPaths.of(context.pathAsPointer()) : "";
		if (ex.getOriginalMessage().startsWith("Duplicate ") && context != null) {
			return file.error(line, FieldPaths.parent(path), "field '" + context.currentName() + "' is given twice");
		}
		if (ex instanceof InputCoercionException) {
			return file.error(line, path, "the number is out of range");
		}
		return file.error(line, path, "not valid YAML (" + summary(ex.getOriginalMessage()) + ")");
	}

	private static int line(JacksonException ex) {
		return (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 1;
	}

	private static String problem(JacksonException ex) {
		if (ex instanceof ValueInstantiationException && ex.getCause() != null) {
			return ex.getCause().getMessage();
		}
		if (ex instanceof InvalidNullException) {
			return "an empty entry; expected a value";
		}
		if (ex instanceof InvalidFormatException invalid) {
			return "'" + invalid.getValue() + "' is not " + expected(invalid.getTargetType());
		}
		if (ex instanceof MismatchedInputException mismatch) {
			if (mismatch.getCurrentToken() == null) {
				return "the file is empty";
			}
			return found(mismatch.getCurrentToken()) + " is not " + expected(mismatch.getTargetType());
		}
		return "cannot be read (" + summary(ex.getOriginalMessage()) + ")";
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "a value that fits here";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		if (type == LocalDate.class) {
			return "a date (expected yyyy-MM-dd)";
		}
		if (type == MonthDay.class) {
			return "a day of the year (expected MM-dd)";
		}
		if (type == Integer.class || type == int.class) {
			return "a whole number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		return (type == String.class) ? "a single value" : "a mapping of fields";
	}

	private static String found(JsonToken token) {
		return switch (token) {
			case START_ARRAY -> "a list";
			case START_OBJECT -> "a mapping of fields";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE, VALUE_FALSE -> "true or false";
			default -> "a single value";
		};
	}

	/** The lines of a parser's message that say what is wrong, without its excerpts. */
	private static String summary(String message) {
		return Arrays.stream(message.split("\n"))
			.filter((line) -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
			.reduce((first, second) -> first + ", " + second)
			.orElse(message);
	}

}
