package vn.mttq.giamsat.support.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * The shape a value of a type must have, said in plain words ("must be a whole number",
 * "must be one of A, B, C"), never with the name of a Java type.
 */
final class Shapes {

	private Shapes() {
	}

	/**
	 * Says what a value of a type must be.
	 * @param type the type the value was read into, or {@code null} when not known
	 * @return the phrase
	 */
	static Phrase of(Class<?> type) {
		if (type == null) {
			return shape("other", "has a value of the wrong kind");
		}
		if (type.isEnum()) {
			return Phrase.of("problem.shape.one-of", "must be one of {0}",
					Arrays.stream(type.getEnumConstants())
						.map((constant) -> ((Enum<?>) constant).name())
						.collect(Collectors.joining(", ")));
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return shape("list", "must be a list");
		}
		Class<?> boxed = boxed(type);
		if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == Byte.class
				|| boxed == java.math.BigInteger.class) {
			return shape("whole-number", "must be a whole number");
		}
		if (Number.class.isAssignableFrom(boxed)) {
			return shape("number", "must be a number");
		}
		if (boxed == Boolean.class) {
			return shape("boolean", "must be true or false");
		}
		if (CharSequence.class.isAssignableFrom(type) || boxed == Character.class) {
			return shape("text", "must be text");
		}
		if (type == LocalDate.class) {
			return shape("date", "must be a date such as 2026-04-02");
		}
		if (type == LocalTime.class) {
			return shape("time", "must be a time such as 09:30");
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return shape("date-time", "must be a date and time such as 2026-04-02T09:30:00+07:00");
		}
		if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
			return shape("object", "must be an object");
		}
		return shape("other", "has a value of the wrong kind");
	}

	private static Phrase shape(String name, String english) {
		return Phrase.of("problem.shape." + name, english);
	}

	private static Class<?> boxed(Class<?> type) {
		if (!type.isPrimitive()) {
			return type;
		}
		return switch (type.getName()) {
			case "int" -> Integer.class;
			case "long" -> Long.class;
			case "short" -> Short.class;
			case "byte" -> Byte.class;
			case "boolean" -> Boolean.class;
			case "char" -> Character.class;
			default -> Double.class;
		};
	}

}
