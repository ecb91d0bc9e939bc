package vn.mttq.giamsat.notification.validation;

import java.util.Optional;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * Reports what a field-alone check found wrong as the field's message: a {@link Phrase},
 * said in the request's language, so a constraint whose message names the value (the kind
 * of a template key, an example secret) answers like any other 400 {@code validation}.
 */
public final class PhraseViolations {

	/** The message parameter the phrase is said in, as the message's whole text. */
	private static final String SAID = "saidPhrase";

	private PhraseViolations() {
	}

	/**
	 * Reports a problem, if any, in place of the constraint's own message.
	 * @param problem what is wrong, or empty
	 * @param messages the application's messages
	 * @param context the validation's context
	 * @return whether the value is valid, i.e. there is no problem
	 */
	public static boolean valid(Optional<Phrase> problem, MessageSource messages, ConstraintValidatorContext context) {
		if (problem.isEmpty()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		// A message parameter's value is not interpolated again, so a value in the phrase
		// that holds braces is shown as written.
		context.unwrap(HibernateConstraintValidatorContext.class)
			.addMessageParameter(SAID, messages.getMessage(problem.get(), LocaleContextHolder.getLocale()))
			.buildConstraintViolationWithTemplate("{" + SAID + "}")
			.addConstraintViolation();
		return false;
	}

}
