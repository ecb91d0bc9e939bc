package vn.mttq.giamsat.console.agency.contacts;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.console.service.ServiceClients;

/**
 * notification-service's contacts API for one organisation.
 */
@Component
public class ContactsClient {

	private final ServiceClients services;

	ContactsClient(ServiceClients services) {
		this.services = services;
	}

	public Contacts get(String organisationId) {
		return this.services.notification()
			.get()
			.uri("/api/v1/organisations/{org}/contacts", organisationId)
			.retrieve()
			.body(Contacts.class);
	}

	/**
	 * Replaces the contacts; the quiet hours and the digest choice are sent as they were.
	 */
	public void put(String organisationId, Update update) {
		this.services.notification()
			.put()
			.uri("/api/v1/organisations/{org}/contacts", organisationId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(update)
			.retrieve()
			.toBodilessEntity();
	}

	/**
	 * What the console sends.
	 *
	 * @param emails the e-mail addresses
	 * @param language {@code VI} or {@code EN}
	 * @param webhook the webhook, or null for none
	 * @param quietHours the quiet hours as they were
	 */
	public record Update(List<String> emails, String language, WebhookUpdate webhook, Contacts.QuietHours quietHours) {

	}

	/**
	 * The webhook sent: its URL and, when a new one is made, its secret.
	 *
	 * @param url where notices are posted
	 * @param secret the new secret, or null to keep the current one
	 */
	public record WebhookUpdate(String url, String secret) {

	}

}
