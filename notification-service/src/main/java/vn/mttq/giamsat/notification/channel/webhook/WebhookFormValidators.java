package vn.mttq.giamsat.notification.channel.webhook;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.springframework.context.MessageSource;

import vn.mttq.giamsat.notification.validation.PhraseViolations;

/**
 * The validators of a webhook's URL and secret: each says what is wrong, in the request's
 * language, as the field's message.
 */
final class WebhookFormValidators {

	private WebhookFormValidators() {
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
			return url == null || url.isBlank()
					|| PhraseViolations.valid(this.urls.formProblem(url.trim()), this.messages, context);
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
					|| PhraseViolations.valid(WebhookSecrets.formProblem(secret), this.messages, context);
		}

	}

}
