package vn.mttq.giamsat.notification.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.client.RestClient;

import vn.mttq.giamsat.notification.channel.webhook.WebhookSecrets;
import vn.mttq.giamsat.notification.channel.webhook.WebhookUrls;
import vn.mttq.giamsat.notification.document.AttachedDocument;
import vn.mttq.giamsat.notification.message.Language;
import vn.mttq.giamsat.notification.recipients.RecipientRole;
import vn.mttq.giamsat.notification.support.Documents;
import vn.mttq.giamsat.notification.support.TestResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Webhook requests against a local server: connected to the very address that was
 * checked, with the host name kept, and never to an address inside unless allowed.
 */
class WebhookSenderTests {

	final DeliveryProperties.ChannelPolicy policy = new DeliveryProperties.ChannelPolicy(4, Duration.ofSeconds(1),
			Duration.ofSeconds(1), 2, 2, Duration.ofSeconds(2), Duration.ofSeconds(2));

	final TestResolver resolver = new TestResolver().answer("hooks.so-nn.gov.vn", "127.0.0.1");

	final List<Headers> received = new CopyOnWriteArrayList<>();

	final List<String> bodies = new CopyOnWriteArrayList<>();

	final HttpServer server = server();

	final String secret = WebhookSecrets.generate();

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void connectsToTheAddressCheckedAndKeepsTheHostName() throws Exception {
		WebhookSender sender = sender(true);

		sender.send(notification(), url("hooks.so-nn.gov.vn"), List.of(this.secret), 1);

		assertThat(this.received).singleElement().satisfies((headers) -> {
			assertThat(headers.getFirst("Host")).isEqualTo("hooks.so-nn.gov.vn:" + port());
			assertThat(headers.getFirst("webhook-id")).isEqualTo("n-1");
			assertThat(headers.getFirst("webhook-signature")).startsWith("v1,");
		});
	}

	@Test
	void thePayloadNamesTheAttachedDocumentsWithTheirLinksButNotTheirContent() throws Exception {
		AttachedDocument scan = AttachedDocument.of(Documents.signedScan("act-1"),
				"http://localhost:8081/api/v1/activities/act-1/documents/d-scan");
		AttachedDocument unlinked = AttachedDocument.of(Documents.kept("archive-service", "Biên bản.pdf", 512), null);

		sender(true).send(notification(List.of(scan, unlinked)), url("hooks.so-nn.gov.vn"), List.of(this.secret), 1);

		JsonNode documents = JsonMapper.builder().build().readTree(this.bodies.get(0)).path("data").path("documents");
		assertThat(documents).hasSize(2);
		assertThat(documents.get(0).path("name").asString()).isEqualTo("125-KN-MTTQ-BTT.pdf");
		assertThat(documents.get(0).path("size").asLong()).isEqualTo(Documents.SCAN_SIZE);
		assertThat(documents.get(0).path("sha256").asString()).hasSize(64);
		assertThat(documents.get(0).path("href").asString()).isEqualTo("/api/v1/activities/act-1/documents/d-scan");
		assertThat(documents.get(0).path("url").asString())
			.isEqualTo("http://localhost:8081/api/v1/activities/act-1/documents/d-scan");
		assertThat(documents.get(1).path("url").isNull()).isTrue();
	}

	@Test
	void neverConnectsToANameThatResolvesInside() {
		WebhookSender sender = sender(false);

		assertThatExceptionOfType(DeliveryFailure.class)
			.isThrownBy(() -> sender.send(notification(), url("hooks.so-nn.gov.vn"), List.of(this.secret), 1))
			.withMessageContaining("127.0.0.1 is loopback")
			.matches((failure) -> !failure.retryable());
		assertThatExceptionOfType(DeliveryFailure.class)
			.isThrownBy(() -> sender.send(notification(), url("127.0.0.1"), List.of(this.secret), 1))
			.matches((failure) -> !failure.retryable());
		assertThat(this.received).isEmpty();
	}

	@Test
	void retriesANameThatDoesNotResolve() {
		assertThatExceptionOfType(DeliveryFailure.class)
			.isThrownBy(() -> sender(false).send(notification(), url("gone.invalid"), List.of(this.secret), 1))
			.withMessageContaining("does not resolve")
			.matches(DeliveryFailure::retryable);
	}

	private WebhookSender sender(boolean allowPrivateNetworks) {
		DeliveryProperties properties = new DeliveryProperties(true, Duration.ofSeconds(1), Duration.ofMinutes(1),
				ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(7, 30), 0.2, this.policy, this.policy);
		return new WebhookSender(RestClient.builder(), new WebhookUrls(this.resolver, allowPrivateNetworks, true),
				JsonMapper.builder().build(), properties, Clock.systemUTC());
	}

	private String url(String host) {
		return "http://" + host + ":" + port() + "/hook";
	}

	private int port() {
		return this.server.getAddress().getPort();
	}

	private HttpServer server() {
		try {
			HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
			http.createContext("/hook", (exchange) -> {
				try (InputStream in = exchange.getRequestBody()) {
					this.bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
				this.received.add(exchange.getRequestHeaders());
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			http.start();
			return http;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Notification notification() {
		return notification(List.of());
	}

	private static Notification notification(List<AttachedDocument> documents) {
		return new Notification("n-1", "so-x", RecipientRole.ADDRESSEE, Channel.WEBHOOK, List.of(), Language.VI, "e-1",
				"type", "ISSUED", Instant.now(), "r-1", "t", "b", "l", null, Instant.now(), DeliveryStatus.PENDING,
				false, null, null, null, null, null, null, 0, null, null, null, documents);
	}

}
