package vn.mttq.giamsat.support.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
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

import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.text.TextRules;

/**
 * Turns the framework's binding, validation and JSON errors into {@link FieldPhrase}s
 * that name the field as the client wrote it and say, in plain words, what it must be.
 */
final class InvalidFields {

	private InvalidFields() {
	}

	static List<FieldPhrase> of(BindingResult result) {
		List<FieldPhrase> fields = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			fields.add(error.isBindingFailure() ? bindingFailure(error)
					: FieldPhrase.said(error.getField(), error.getDefaultMessage()));
		}
		result.getGlobalErrors()
			.forEach((error) -> fields.add(FieldPhrase.said(error.getObjectName(), error.getDefaultMessage())));
		fields.sort(Comparator.comparing(FieldPhrase::field));
		return fields;
	}

	static List<FieldPhrase> of(HandlerMethodValidationException ex) {
		List<FieldPhrase> fields = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				String field = (error instanceof FieldError fieldError) ? fieldError.getField() : name;
				fields.add(FieldPhrase.said(field, error.getDefaultMessage()));
			}
		});
		return fields;
	}

	static FieldPhrase of(TypeMismatchException ex) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return new FieldPhrase(name, Shapes.of(ex.getRequiredType()));
	}

	static FieldPhrase of(HttpMessageNotReadableException ex) {
		StreamConstraintsException limit = causeOf(ex, StreamConstraintsException.class);
		if (limit != null) {
			return new FieldPhrase(null, BodyLimits.of(limit));
		}
		Throwable cause = firstJacksonCause(ex);
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return new FieldPhrase(path(unknown),
					Phrase.of("problem.unknown-field", "unknown field ''{0}''", unknown.getPropertyName()));
		}
		if (cause instanceof InvalidFormatException format && format.getTargetType() == String.class
				&& format.getValue() instanceof String text && TextRules.problemPhraseOf(text) != null) {
			return new FieldPhrase(path(format), TextRules.problemPhraseOf(text));
		}
		if (cause instanceof ValueInstantiationException instantiation) {
			return new FieldPhrase(path(instantiation), Phrase.untranslated(rootMessage(instantiation)));
		}
		if (cause instanceof MismatchedInputException mismatch) {
			return new FieldPhrase(path(mismatch), Shapes.of(mismatch.getTargetType()));
		}
		if (cause instanceof StreamReadException read) {
			TokenStreamLocation at = read.getLocation();
			return new FieldPhrase(null,
					Phrase.of("problem.body.not-json", "The body is not valid JSON (line {0}, column {1}).",
							String.valueOf((at != null) ? at.getLineNr() : 1),
							String.valueOf((at != null) ? at.getColumnNr() : 1)));
		}
		return new FieldPhrase(null,
				Phrase.of("problem.body.unreadable", "The request body is missing or cannot be read."));
	}

	/**
	 * A value the binder could not convert (a query parameter bound to an object).
	 */
	private static FieldPhrase bindingFailure(FieldError error) {
		TypeMismatchException mismatch = error.contains(TypeMismatchException.class)
				? error.unwrap(TypeMismatchException.class) : null;
		return new FieldPhrase(error.getField(), Shapes.of((mismatch != null) ? mismatch.getRequiredType() : null));
	}

	private static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/**
	 * The outermost Jackson exception knows the field's path; the root cause (for a date,
	 * the JDK's parse exception) does not.
	 */
	private static Throwable firstJacksonCause(Throwable ex) {
		JacksonException cause = causeOf(ex, JacksonException.class);
		return (cause != null) ? cause : ex;
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
