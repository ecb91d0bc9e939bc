package vn.mttq.giamsat.notification.channel.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A webhook secret in the form {@link WebhookSecrets#formProblem} says, checked with the
 * request's other fields: a wrong form is a 400 naming the field, with an example of the
 * right one. {@code null} and blank are valid (the secret of the same URL is kept).
 */
@Documented
@Constraint(validatedBy = WebhookFormValidators.Secret.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebhookSecretForm {

	String message() default "{giamsat.webhook.form}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
