package vn.mttq.giamsat.recommendation.deadline;

import java.util.List;

import tools.jackson.core.JacksonException.Reference;
import tools.jackson.core.JsonPointer;

/**
 * Field paths as an operator reads them in an error: {@code daysOff[1].date}, the empty
 * path for the whole file.
 */
final class FieldPaths {

	private FieldPaths() {
	}

	/** The path Jackson followed to a value it could not bind. */
	static String of(List<Reference> references) {
		StringBuilder path = new StringBuilder();
		for (Reference reference : references) {
			append(path, reference.getPropertyName(), reference.getIndex());
		}
		return path.toString();
	}

	/** The path of the value a parser is at. */
	static String of(JsonPointer pointer) {
		StringBuilder path = new StringBuilder();
		for (JsonPointer segment = pointer; !segment.matches(); segment = segment.tail()) {
			int index = segment.getMatchingIndex();
			append(path, (index >= 0) ? null : segment.getMatchingProperty(), index);
		}
		return path.toString();
	}

	static String parent(String path) {
		int end = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
		return (end > 0) ? path.substring(0, end) : "";
	}

	/** The last field name or index of a path. */
	static String last(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

	private static void append(StringBuilder path, String property, int index) {
		if (property != null) {
			path.append(path.isEmpty() ? "" : ".").append(property);
		}
		else {
			path.append('[').append(index).append(']');
		}
	}

}
