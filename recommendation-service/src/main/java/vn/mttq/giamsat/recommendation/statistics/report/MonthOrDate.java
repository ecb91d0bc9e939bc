package vn.mttq.giamsat.recommendation.statistics.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A month ({@code yyyy-MM}) or a date ({@code yyyy-MM-dd}) that exists on the calendar:
 * {@code 2026-13} or {@code 2026-02-30} is a malformed parameter (400), like any value of
 * the wrong form. Absent is valid.
 */
@Documented
@Constraint(validatedBy = MonthOrDate.Validator.class)
@Target({ ElementType.PARAMETER, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
@interface MonthOrDate {

	String message() default "{giamsat.statistics.month-or-date}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Reads the value as {@link Period} does. */
	class Validator implements ConstraintValidator<MonthOrDate, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			try {
				if (value.length() == 7) {
					YearMonth.parse(value);
				}
				else {
					LocalDate.parse(value);
				}
				return true;
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}

	}

}
