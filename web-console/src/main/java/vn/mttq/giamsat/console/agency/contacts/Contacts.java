package vn.mttq.giamsat.console.agency.contacts;

import java.util.List;

/**
 * An organisation's contacts as notification-service shows them (the webhook's secret is
 * write-only: only whether one is set).
 *
 * @param emails the e-mail addresses
 * @param language {@code VI} or {@code EN}
 * @param webhook the webhook, if any
 * @param quietHours when e-mail waits, if set
 * @param updatedAt when they were last changed
 */
public record Contacts(List<String> emails, String language, Webhook webhook, QuietHours quietHours, String updatedAt) {

	public Contacts {
		emails = (emails != null) ? List.copyOf(emails) : List.of();
	}

	/**
	 * The webhook.
	 *
	 * @param url where notices are posted
	 * @param secretSet whether it has a secret
	 * @param goneAt when the receiver answered 410 Gone, which stopped deliveries
	 */
	public record Webhook(String url, boolean secretSet, String goneAt) {

	}

	/**
	 * Quiet hours, kept as they are when the console saves the rest.
	 *
	 * @param from from (HH:mm)
	 * @param to to (HH:mm)
	 */
	public record QuietHours(String from, String to) {

	}

}
