package vn.mttq.giamsat.notification.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.notification.channel.webhook.SecretCipher;
import vn.mttq.giamsat.notification.channel.webhook.WebhookUrls;
import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * Sets an organisation's webhook, its URL's and secret's form checked with the request
 * ({@code WebhookUrlForm}, {@code WebhookSecretForm}): where its URL leads checked, its
 * secret encrypted. A new secret replaces the current one, which goes on signing beside
 * it for the overlap ({@code giamsat.notification.webhook-secret-overlap}), so the
 * receiver can switch without refusing a request.
 */
@Component
class WebhookRegistration {

	private final WebhookUrls urls;

	private final SecretCipher cipher;

	private final Duration overlap;

	WebhookRegistration(WebhookUrls urls, SecretCipher cipher,
			@Value("${giamsat.notification.webhook-secret-overlap:24h}") Duration overlap) {
		this.urls = urls;
		this.cipher = cipher;
		this.overlap = overlap;
	}

	ContactSettings.Webhook register(String organisationId, ContactsRequest.WebhookRequest request,
			ContactSettings.Webhook current, Instant now) {
		if (request == null) {
			return null;
		}
		String url = this.urls.check(request.url().trim()).toString();
		if (request.secret() == null || request.secret().isBlank()) {
			if (current != null && current.url().equals(url)) {
				// Setting it again is how an organisation says a gone endpoint is back.
				return current.inUse();
			}
			throw new BusinessRuleException("webhook.secret",
					Phrase.of("webhook.secret.required", "The webhook secret is required for a new webhook URL"));
		}
		String encrypted = this.cipher.encrypt(request.secret(), organisationId);
		if (current == null || current.encryptedSecret() == null) {
			return ContactSettings.Webhook.registered(url, encrypted, now);
		}
		return current.rotated(url, encrypted, now, this.overlap);
	}

	/**
	 * The secrets that sign a request now: the current one, and the previous one during a
	 * rotation.
	 */
	List<String> secretsOf(ContactSettings settings, Instant now) {
		ContactSettings.Webhook webhook = settings.webhook();
		List<String> secrets = new ArrayList<>();
		secrets.add(this.cipher.decrypt(webhook.encryptedSecret(), settings.organisationId()));
		if (webhook.rotating(now)) {
			secrets.add(this.cipher.decrypt(webhook.previousSecret(), settings.organisationId()));
		}
		return secrets;
	}

}
