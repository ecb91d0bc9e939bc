package vn.mttq.giamsat.support.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.mttq.giamsat.support.domain.InvalidField;

/**
 * Turns the framework's binding, validation and JSON errors into {@link InvalidField}s
 * that name the field as the client wrote it.
 */
final class InvalidFields {

	private InvalidFields() {
	}

	static List<InvalidField> of(BindingResult result) {
		List<InvalidField> fields = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			fields.add(new InvalidField(error.getField(), error.getDefaultMessage()));
		}
		result.getGlobalErrors()
			.forEach((error) -> fields.add(new InvalidField(error.getObjectName(), error.getDefaultMessage())));
		fields.sort(Comparator.comparing(InvalidField::field));
		return fields;
	}

	static List<InvalidField> of(HandlerMethodValidationException ex) {
		List<InvalidField> fields = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				String field = (error instanceof FieldError fieldError) ? fieldError.getField() : name;
				fields.add(new InvalidField(field, error.getDefaultMessage()));
			}
		});
		return fields;
	}

	static InvalidField of(TypeMismatchException ex) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		Class<?> required = ex.getRequiredType();
		String expected = (required != null && required.isEnum())
				? "one of " + Arrays.toString(required.getEnumConstants())
				: (required != null ? "a " + required.getSimpleName() : "another type");
		return new InvalidField(name, "'" + ex.getValue() + "' is not valid here; expected " + expected);
	}

	static InvalidField of(HttpMessageNotReadableException ex) {
		Throwable cause = firstJacksonCause(ex);
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return new InvalidField(path(unknown), "unknown field '" + unknown.getPropertyName() + "'");
		}
		if (cause instanceof InvalidFormatException format && format.getTargetType() == String.class) {
			return new InvalidField(path(format), format.getOriginalMessage());
		}
		if (cause instanceof InvalidFormatException format) {
			return new InvalidField(path(format),
					"'" + format.getValue() + "' cannot be read as " + describe(format.getTargetType()));
		}
		if (cause instanceof ValueInstantiationException instantiation) {
			return new InvalidField(path(instantiation), rootMessage(instantiation));
		}
		if (cause instanceof MismatchedInputException mismatch) {
			return new InvalidField(path(mismatch), "expected " + describe(mismatch.getTargetType()));
		}
		if (cause instanceof StreamConstraintsException limit) {
			return new InvalidField(null, "The body is too large or too deeply nested to be read: "
					+ limit.getOriginalMessage().replaceAll(",? from `[^`]*`", ""));
		}
		if (cause instanceof StreamReadException read) {
			return new InvalidField(null, "The body is not valid JSON: " + read.getOriginalMessage());
		}
		return new InvalidField(null, "The request body is missing or cannot be read.");
	}

	/**
	 * The outermost Jackson exception knows the field's path; the root cause (for a date,
	 * the JDK's parse exception) does not.
	 */
	private static Throwable firstJacksonCause(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof JacksonException) {
				return cause;
			}
		}
		return ex;
	}

	private static String describe(Class<?> type) {
		if (type == null) {
			return "another value";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		if (type.getSimpleName().equals("LocalDate")) {
			return "a date (yyyy-MM-dd)";
		}
		return "a " + type.getSimpleName();
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

}
