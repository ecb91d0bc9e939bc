package vn.mttq.giamsat.notification.message;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.context.MessageSource;

import vn.mttq.giamsat.notification.validation.PhraseViolations;

/**
 * A template wording that can be rendered, as {@link MessageTemplates#wordingProblem}
 * says: any other is a 400 naming the placeholder that is not one, or the stray brace.
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = TemplateWording.Validator.class)
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface TemplateWording {

	String message() default "{giamsat.template.wording}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks a template wording.
	 */
	class Validator implements ConstraintValidator<TemplateWording, String> {

		private final MessageSource messages;

		Validator(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		public boolean isValid(String text, ConstraintValidatorContext context) {
			return text == null
					|| PhraseViolations.valid(MessageTemplates.wordingProblem(text), this.messages, context);
		}

	}

}
