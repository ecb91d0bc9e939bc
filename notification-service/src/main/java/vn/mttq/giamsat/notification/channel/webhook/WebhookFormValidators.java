package vn.mttq.giamsat.notification.channel.webhook;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * The validators of a webhook's URL and secret: each says the {@link Phrase} of what is
 * wrong, in the request's language, as the field's message.
 */
final class WebhookFormValidators {

	/** The message parameter the phrase is said in, as the message's whole text. */
	private static final String PROBLEM = "webhookFormProblem";

	private WebhookFormValidators() {
	}

	private static boolean valid(Optional<Phrase> problem, MessageSource messages, ConstraintValidatorContext context) {
		if (problem.isEmpty()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.unwrap(HibernateConstraintValidatorContext.class)
			.addMessageParameter(PROBLEM, messages.getMessage(problem.get(), LocaleContextHolder.getLocale()))
			.buildConstraintViolationWithTemplate("{" + PROBLEM + "}")
			.addConstraintViolation();
		return false;
	}

	/**
	 * Checks a webhook URL's form, with the service's setting for plain http.
	 */
	static class Url implements ConstraintValidator<WebhookUrlForm, String> {

		private final WebhookUrls urls;

		private final MessageSource messages;

		Url(WebhookUrls urls, MessageSource messages) {
			this.urls = urls;
			this.messages = messages;
		}

		@Override
		public boolean isValid(String url, ConstraintValidatorContext context) {
			return url == null || url.isBlank() || valid(this.urls.formProblem(url.trim()), this.messages, context);
		}

	}

	/**
	 * Checks a webhook secret's form.
	 */
	static class Secret implements ConstraintValidator<WebhookSecretForm, String> {

		private final MessageSource messages;

		Secret(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		public boolean isValid(String secret, ConstraintValidatorContext context) {
			return secret == null || secret.isBlank()
					|| valid(WebhookSecrets.formProblem(secret), this.messages, context);
		}

	}

}
