package vn.mttq.giamsat.notification.delivery;

import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.hc.client5.http.ConnectTimeoutException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import vn.mttq.giamsat.notification.channel.webhook.WebhookAddressRefused;
import vn.mttq.giamsat.notification.channel.webhook.WebhookUrls;
import vn.mttq.giamsat.support.domain.BusinessRuleException;

/**
 * Posts a notification to an organisation's webhook as a CloudEvent in structured JSON
 * mode ({@code application/cloudevents+json}), signed as {@link WebhookSignature} says,
 * through {@link WebhookHttp} (connected only to addresses checked at that moment). A 2xx
 * answer delivers it; 410 Gone ends the delivery at once, and so does a URL or an address
 * that may not be used; a timeout, a refused connection, a name that does not resolve or
 * any other answer is retried. Its data names the documents the notice says are attached,
 * with their download links, never their content.
 */
@Component
class WebhookSender {

	/** The CloudEvents type of a notification posted to a webhook. */
	static final String TYPE = "vn.mttq.giamsat.notification.Notification.v1";

	private static final MediaType CLOUD_EVENT = MediaType
		.parseMediaType("application/cloudevents+json; charset=utf-8");

	private final RestClient http;

	private final WebhookUrls urls;

	private final JsonMapper json;

	private final DeliveryProperties properties;

	private final Clock clock;

	WebhookSender(RestClient.Builder builder, WebhookUrls urls, JsonMapper json, DeliveryProperties properties,
			Clock clock) {
		this.http = WebhookHttp.client(builder, urls, properties.webhook());
		this.urls = urls;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	void send(Notification notification, String url, List<String> secrets, int attempt) throws DeliveryFailure {
		URI endpoint;
		try {
			endpoint = this.urls.parse(url);
		}
		catch (BusinessRuleException ex) {
			throw new DeliveryFailure(ex.getMessage(), false);
		}
		byte[] body = this.json.writeValueAsBytes(cloudEvent(notification));
		long timestamp = this.clock.instant().getEpochSecond();
		int status;
		try {
			status = this.http.post()
				.uri(endpoint)
				.contentType(CLOUD_EVENT)
				.header("User-Agent", "giamsat-notification-service")
				.header(WebhookSignature.ID, notification.id())
				.header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
				.header(WebhookSignature.SIGNATURE, WebhookSignature.sign(secrets, notification.id(), timestamp, body))
				.header(WebhookSignature.ATTEMPT, Integer.toString(attempt))
				.body(body)
				.exchange((request, response) -> response.getStatusCode().value());
		}
		catch (RestClientException ex) {
			throw failure(ex, endpoint);
		}
		if (status == 410) {
			throw DeliveryFailure.gone("HTTP 410 Gone: the endpoint says it no longer exists");
		}
		if (status < 200 || status > 299) {
			throw new DeliveryFailure("HTTP " + status, true);
		}
	}

	private DeliveryFailure failure(RestClientException ex, URI endpoint) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof WebhookAddressRefused refused) {
			return new DeliveryFailure("The webhook URL cannot be used: " + refused.getMessage(), false);
		}
		if (cause instanceof UnknownHostException) {
			return new DeliveryFailure("The webhook host " + endpoint.getHost() + " does not resolve", true);
		}
		if (cause instanceof ConnectTimeoutException) {
			return new DeliveryFailure(
					"No connection within " + this.properties.webhook().connectTimeout().toMillis() + " ms", true);
		}
		if (cause instanceof SocketTimeoutException) {
			return new DeliveryFailure("No answer within " + this.properties.webhook().timeout().toMillis() + " ms",
					true);
		}
		return new DeliveryFailure("Connection failed: " + cause, true);
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
		data.put("language", notification.language().name().toLowerCase(Locale.ROOT));
		data.put("title", notification.title());
		data.put("body", notification.body());
		data.put("dueDate", (notification.dueDate() != null) ? notification.dueDate().toString() : null);
		data.put("link", notification.link());
		data.put("documents", notification.documents());
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
