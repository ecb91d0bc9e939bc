package vn.mttq.giamsat.notification.channel;

import java.time.Instant;
import java.util.List;

import vn.mttq.giamsat.notification.message.Language;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * An organisation's contacts as the API shows them: never the webhook secret, only
 * whether one is set.
 *
 * @param organisationId the organisation
 * @param language the language of its messages
 * @param emails its addresses
 * @param webhook its webhook, or {@code null}
 * @param quietHours its quiet hours, or {@code null}
 * @param reminderDigest whether reminders come as a daily digest
 * @param updatedAt when they were last changed, {@code null} if never
 * @param updatedBy who changed them
 */
record ContactsView(String organisationId, Language language, List<String> emails, WebhookView webhook,
		QuietHours quietHours, boolean reminderDigest, Instant updatedAt, RecordedActor updatedBy) {

	static ContactsView of(ContactSettings settings) {
		ContactSettings.Webhook hook = settings.webhook();
		WebhookView webhook = (hook != null) ? new WebhookView(hook.url(), hook.encryptedSecret() != null,
				hook.registeredAt(), hook.goneAt(), hook.goneReason(), hook.previousSecretUntil()) : null;
		return new ContactsView(settings.organisationId(), settings.language(), settings.emails(), webhook,
				settings.quietHours(), settings.reminderDigest(), settings.updatedAt(), settings.updatedBy());
	}

	/**
	 * A webhook without its secret.
	 *
	 * @param url the endpoint
	 * @param secretSet whether a signing secret is stored
	 * @param registeredAt when the secret was set
	 * @param goneAt when the endpoint answered 410 Gone; nothing is sent to it since,
	 * until the webhook is set again
	 * @param goneReason what it answered
	 * @param previousSecretUntil until when the secret it replaced also signs (signed)
	 * each request, {@code null} if the secret was never replaced
	 */
	record WebhookView(String url, boolean secretSet, Instant registeredAt, Instant goneAt, String goneReason,
			Instant previousSecretUntil) {
	}

}
