package vn.mttq.giamsat.support.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * A text that is one line: a number, a title, a name, an id. Besides what
 * {@link TextRules} refuses in every text, it holds no tab and no line break.
 * {@code null} is valid (pair it with {@code @NotBlank} where the text is required).
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
		ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

	String message() default "{giamsat.text.single-line}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks a text against {@link TextRules#singleLineProblemOf(String)} and names the
	 * character that breaks the rule, in the request's language: the message is the
	 * rule's key, its character and position are message parameters.
	 */
	class Validator implements ConstraintValidator<SingleLine, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			Phrase problem = (value != null) ? TextRules.singleLineProblemPhraseOf(value.toString()) : null;
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.unwrap(HibernateConstraintValidatorContext.class)
				.addMessageParameter("0", problem.args().get(0))
				.addMessageParameter("1", problem.args().get(1))
				.buildConstraintViolationWithTemplate("{" + problem.code() + "}")
				.addConstraintViolation();
			return false;
		}

	}

}
