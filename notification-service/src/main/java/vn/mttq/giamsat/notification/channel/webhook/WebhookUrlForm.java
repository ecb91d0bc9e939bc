package vn.mttq.giamsat.notification.channel.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A webhook URL of the right form, as {@link WebhookUrls#formProblem} says, checked with
 * the request's other fields: a wrong form is a 400 naming the field, saying what it must
 * be. Where the URL leads (its host's notation and addresses) is checked when it is set.
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = WebhookFormValidators.Url.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebhookUrlForm {

	String message() default "{giamsat.webhook.form}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
