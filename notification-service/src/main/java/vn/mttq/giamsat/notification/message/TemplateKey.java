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
 * A template key for a kind of notice that is sent, as {@link TemplateKinds} says: any
 * other is a 400 naming the kind and the kinds there are. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = TemplateKey.Validator.class)
@Target({ ElementType.PARAMETER, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
@interface TemplateKey {

	String message() default "{giamsat.template.kind}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the kind of a template key.
	 */
	class Validator implements ConstraintValidator<TemplateKey, String> {

		private final MessageSource messages;

		Validator(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		public boolean isValid(String key, ConstraintValidatorContext context) {
			return key == null || PhraseViolations.valid(TemplateKinds.problemWith(key), this.messages, context);
		}

	}

}
