package vn.mttq.giamsat.notification.support;

import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.notification.channel.webhook.WebhookSecrets;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;
import vn.mttq.giamsat.support.security.Callers;

/**
 * A test's organisations, each with its own email address and webhook endpoint, set
 * through the contacts API by its own officer.
 */
public final class Organisations {

	private final int port;

	private final LocalIssuer issuer;

	private final OrganisationDirectory directory;

	private final WebhookReceiver receiver;

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	public Organisations(int port, LocalIssuer issuer, OrganisationDirectory directory, WebhookReceiver receiver) {
		this.port = port;
		this.issuer = issuer;
		this.directory = directory;
		this.receiver = receiver;
	}

	/**
	 * Makes a known organisation with email and a webhook.
	 * @param name a short name, unique in the test
	 * @return its id
	 */
	public String withChannels(String name) {
		String id = id(name);
		TestData.knownOrganisations(this.directory, id);
		WebhookReceiver.Endpoint endpoint = this.receiver.endpoint(id, WebhookSecrets.generate());
		as(id).put()
			.uri("/api/v1/organisations/{org}/contacts", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"language": "VI", "emails": ["%s"], "webhook": {"url": "%s", "secret": "%s"},
					 "reminderDigest": false}""".formatted(email(id), endpoint.url(), endpoint.secret()))
			.exchange()
			.expectStatus()
			.isOk();
		return id;
	}

	/**
	 * Makes a known organisation that set no channel: inbox only.
	 */
	public String inboxOnly(String name) {
		String id = id(name);
		TestData.knownOrganisations(this.directory, id);
		return id;
	}

	public String id(String name) {
		return name + "-" + this.suffix;
	}

	public static String email(String organisation) {
		return "van.thu@" + organisation + ".gov.vn";
	}

	public WebhookReceiver.Endpoint webhookOf(String organisation) {
		return this.receiver.endpoint(organisation);
	}

	public RestTestClient as(String organisation) {
		return Callers.as(this.port, this.issuer, organisation, "AGENCY_OFFICER");
	}

	public RestTestClient admin() {
		return Callers.as(this.port, this.issuer, "ubmttq-admin", "ADMIN");
	}

	public static List<String> none() {
		return List.of();
	}

}
