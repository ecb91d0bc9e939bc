package vn.mttq.giamsat.notification.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.notification.channel.WebhookUrls;

/**
 * Posts a notification to an organisation's webhook as a CloudEvent in structured JSON
 * mode ({@code application/cloudevents+json}), signed as {@link WebhookSignature} says. A
 * 2xx answer delivers it; 410 Gone ends the delivery at once; a timeout, a refused
 * connection or any other answer is retried.
 */
@Component
class WebhookSender {

	/** The CloudEvents type of a notification posted to a webhook. */
	static final String TYPE = "vn.mttq.giamsat.notification.Notification.v1";

	private final HttpClient http;

	private final JsonMapper json;

	private final DeliveryProperties properties;

	private final Clock clock;

	private final boolean allowPrivateNetworks;

	WebhookSender(JsonMapper json, DeliveryProperties properties, Clock clock,
			@Value("${giamsat.notification.webhook-private-networks:false}") boolean allowPrivateNetworks) {
		this.json = json;
		this.properties = properties;
		this.clock = clock;
		this.allowPrivateNetworks = allowPrivateNetworks;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.webhook().connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	void send(Notification notification, String url, String secret, int attempt) throws DeliveryFailure {
		byte[] body = this.json.writeValueAsBytes(cloudEvent(notification));
		long timestamp = this.clock.instant().getEpochSecond();
		URI endpoint;
		try {
			endpoint = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new DeliveryFailure("The webhook URL cannot be used: " + ex.getMessage(), false);
		}
		checkPublic(endpoint);
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(this.properties.webhook().timeout())
			.header("Content-Type", "application/cloudevents+json; charset=utf-8")
			.header("User-Agent", "giamsat-notification-service")
			.header(WebhookSignature.ID, notification.id())
			.header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
			.header(WebhookSignature.SIGNATURE, WebhookSignature.sign(secret, timestamp, body))
			.header(WebhookSignature.ATTEMPT, Integer.toString(attempt))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<Void> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
		}
		catch (HttpTimeoutException ex) {
			throw new DeliveryFailure("No answer within " + this.properties.webhook().timeout().toMillis() + " ms",
					true);
		}
		catch (IOException ex) {
			throw new DeliveryFailure("Connection failed: " + ex, true);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailure("Interrupted while shutting down", true);
		}
		int status = response.statusCode();
		if (status == 410) {
			throw DeliveryFailure.gone("HTTP 410 Gone: the endpoint says it no longer exists");
		}
		if (status < 200 || status > 299) {
			throw new DeliveryFailure("HTTP " + status, true);
		}
	}

	private void checkPublic(URI endpoint) throws DeliveryFailure {
		if (this.allowPrivateNetworks) {
			return;
		}
		try {
			if (WebhookUrls.resolvesToPrivateNetwork(endpoint.getHost())) {
				throw new DeliveryFailure(
						"The webhook host " + endpoint.getHost() + " resolves to this machine or a private network",
						false);
			}
		}
		catch (UnknownHostException ex) {
			throw new DeliveryFailure("The webhook host " + endpoint.getHost() + " does not resolve", true);
		}
	}

	private Map<String, Object> cloudEvent(Notification notification) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("notificationId", notification.id());
		data.put("recipientId", notification.recipientOrganisationId());
		data.put("recipientRole", notification.recipientRole().name());
		data.put("kind", notification.kind());
		data.put("sourceEventId", notification.eventId());
		data.put("sourceEventType", notification.eventType());
		data.put("recommendationId", notification.recommendationId());
		data.put("language", notification.language().name().toLowerCase(java.util.Locale.ROOT));
		data.put("title", notification.title());
		data.put("body", notification.body());
		data.put("dueDate", (notification.dueDate() != null) ? notification.dueDate().toString() : null);
		data.put("link", notification.link());
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("specversion", "1.0");
		event.put("id", notification.id());
		event.put("source", "/notification-service");
		event.put("type", TYPE);
		event.put("subject", notification.recommendationId());
		event.put("time", notification.eventTime().toString());
		event.put("datacontenttype", "application/json");
		event.put("data", data);
		return event;
	}

}
