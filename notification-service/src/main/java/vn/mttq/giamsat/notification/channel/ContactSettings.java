package vn.mttq.giamsat.notification.channel;

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
	 * @param url the endpoint, http or https
	 * @param encryptedSecret the signing secret, encrypted with the service's key
	 * @param registeredAt when the secret was set
	 * @param goneAt when the endpoint answered 410 Gone, after which nothing more is sent
	 * to it until the organisation sets its webhook again; {@code null} while in use
	 * @param goneReason what the endpoint answered
	 */
	public record Webhook(String url, String encryptedSecret, Instant registeredAt, Instant goneAt, String goneReason) {

		/**
		 * Tells whether events are posted to it.
		 * @return {@code false} once the endpoint said it is gone
		 */
		public boolean active() {
			return this.goneAt == null;
		}

	}

}
