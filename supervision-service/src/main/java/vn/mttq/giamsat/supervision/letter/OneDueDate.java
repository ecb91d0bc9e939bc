package vn.mttq.giamsat.supervision.letter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An item gives its due date or a due rule, not both; the violation names
 * {@code dueRule}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneDueDate.Check.class)
@interface OneDueDate {

	String message() default "{giamsat.letter.one-due-date}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Refuses an item with both.
	 */
	class Check implements ConstraintValidator<OneDueDate, IssueLetter.Item> {

		@Override
		public boolean isValid(IssueLetter.Item item, ConstraintValidatorContext context) {
			if (item == null || item.dueDate() == null || item.dueRule() == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("dueRule")
				.addConstraintViolation();
			return false;
		}

	}

}
