package vn.mttq.giamsat.notification.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.notification.message.Language;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * How an organisation wants to be told: its language, its email addresses, its webhook,
 * its quiet hours and whether reminders come as one daily digest. An organisation that
 * never set them gets Vietnamese messages in its inbox only.
 *
 * @param organisationId the organisation, also the id
 * @param language the language of its messages
 * @param emails the addresses that receive each message
 * @param webhook its webhook, or {@code null}
 * @param quietHours when no email is sent, or {@code null}
 * @param reminderDigest whether reminders by email come together once a day
 * @param updatedAt when they were last changed
 * @param updatedBy who changed them
 */
@Document("contacts")
public record ContactSettings(@Id String organisationId, Language language, List<String> emails, Webhook webhook,
		QuietHours quietHours, boolean reminderDigest, Instant updatedAt, RecordedActor updatedBy) {

	public ContactSettings {
		language = (language != null) ? language : Language.VI;
		emails = (emails != null) ? List.copyOf(emails) : List.of();
	}

	/**
	 * The settings of an organisation that never set any.
	 * @param organisationId the organisation
	 * @return Vietnamese, inbox only
	 */
	public static ContactSettings defaults(String organisationId) {
		return new ContactSettings(organisationId, Language.VI, List.of(), null, null, false, null, null);
	}

	/**
	 * A webhook: where events are posted, and the secret that signs them, encrypted.
	 *
	 * @param url the endpoint, https (http where allowed)
	 * @param encryptedSecret the signing secret, encrypted with the service's key
	 * @param registeredAt when the secret was set
	 * @param goneAt when the endpoint answered 410 Gone, after which nothing more is sent
	 * to it until the organisation sets its webhook again; {@code null} while in use
	 * @param goneReason what the endpoint answered
	 * @param previousSecret the secret it replaced, encrypted, which also signs until
	 * {@code previousSecretUntil} so the receiver can switch; {@code null} if none
	 * @param previousSecretUntil when the previous secret stops signing
	 */
	public record Webhook(String url, String encryptedSecret, Instant registeredAt, Instant goneAt, String goneReason,
			String previousSecret, Instant previousSecretUntil) {

		/**
		 * A webhook set with a new secret.
		 * @param url the endpoint
		 * @param encryptedSecret its secret, encrypted
		 * @param now when it is set
		 * @return the webhook, in use
		 */
		public static Webhook registered(String url, String encryptedSecret, Instant now) {
			return new Webhook(url, encryptedSecret, now, null, null, null, null);
		}

		/**
		 * This webhook with a new secret, the current one still signing for a while.
		 * @param newUrl the endpoint, perhaps another
		 * @param newSecret the new secret, encrypted
		 * @param now when it is set
		 * @param overlap how long the current secret still signs
		 * @return the webhook, in use
		 */
		public Webhook rotated(String newUrl, String newSecret, Instant now, Duration overlap) {
			return new Webhook(newUrl, newSecret, now, null, null, this.encryptedSecret, now.plus(overlap));
		}

		/**
		 * This webhook in use again, after its organisation set it anew.
		 * @return it, no longer gone
		 */
		public Webhook inUse() {
			return new Webhook(this.url, this.encryptedSecret, this.registeredAt, null, null, this.previousSecret,
					this.previousSecretUntil);
		}

		/**
		 * Tells whether events are posted to it.
		 * @return {@code false} once the endpoint said it is gone
		 */
		public boolean active() {
			return this.goneAt == null;
		}

		/**
		 * Tells whether the previous secret still signs.
		 * @param now the time
		 * @return whether a rotation is under way
		 */
		public boolean rotating(Instant now) {
			return this.previousSecret != null && this.previousSecretUntil != null
					&& now.isBefore(this.previousSecretUntil);
		}

	}

}
