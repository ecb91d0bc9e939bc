package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * The Bean Validation problems of a row, said in English and in Vietnamese when the file
 * is checked: the messages of a constraint need its attributes, which are not kept with
 * the job, so a job read later in either language shows the row's problems in it. A row
 * without a problem is validated once.
 */
final class RowViolations {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private RowViolations() {
	}

	/**
	 * Validates a row.
	 * @param <T> the draft's type
	 * @param validator the validator
	 * @param draft what the row says
	 * @param prefix the prefix of its fields, e.g. {@code line[5].}
	 * @return each field's problem, in file order of fields as the validator finds them
	 */
	static <T> List<FieldProblem> of(Validator validator, T draft, String prefix) {
		Set<ConstraintViolation<T>> english = validate(validator, draft, Locale.ENGLISH);
		if (english.isEmpty()) {
			return List.of();
		}
		Map<String, String> vietnamese = new HashMap<>();
		validate(validator, draft, VIETNAMESE)
			.forEach((violation) -> vietnamese.put(key(violation), violation.getMessage()));
		return english.stream()
			.map((violation) -> new FieldProblem(prefix + violation.getPropertyPath(),
					Phrase.of("import.constraint", "{0}", violation.getMessage(),
							vietnamese.getOrDefault(key(violation), violation.getMessage()))))
			.toList();
	}

	private static <T> Set<ConstraintViolation<T>> validate(Validator validator, T draft, Locale locale) {
		LocaleContext before = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			return validator.validate(draft);
		}
		finally {
			LocaleContextHolder.setLocaleContext(before);
		}
	}

	private static String key(ConstraintViolation<?> violation) {
		return violation.getPropertyPath() + " " + violation.getMessageTemplate();
	}

}
