package vn.mttq.giamsat.notification.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.channel.webhook.WebhookSecrets;
import vn.mttq.giamsat.notification.support.DeliveryOutcomes;
import vn.mttq.giamsat.notification.support.Events;
import vn.mttq.giamsat.notification.support.Organisations;
import vn.mttq.giamsat.notification.support.WebhookReceiver;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks against a real receiver that misbehaves: answers 500, 410, or too slowly;
 * retries with backoff, the dead-letter list and its replay; and the receiver's own check
 * of signatures and replays.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookFaultTests {

	static final WebhookReceiver RECEIVER = WebhookReceiver.start();

	@LocalServerPort
	int port;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MeterRegistry meters;

	Organisations organisations;

	String front;

	@BeforeEach
	void organisations(LocalIssuer issuer) {
		this.organisations = new Organisations(this.port, issuer, this.directory, RECEIVER);
		this.front = this.organisations.inboxOnly("ubmttq-tinh");
	}

	@AfterAll
	static void stopReceiver() {
		RECEIVER.close();
	}

	@Test
	void retriesAFailingEndpointWithBackoffUntilItAnswers(LocalStack stack) {
		String agency = this.organisations.withChannels("so-500");
		this.organisations.webhookOf(agency).answering(200, 500, 503);
		double retried = count("notification.delivery.retried");
		double failed = count("notification.delivery.failed");
		long latencies = this.meters.timer("notification.delivery.latency", "channel", "WEBHOOK").count();

		Events tracked = issue(stack, agency);

		Notification delivered = awaitWebhook(agency, DeliveryStatus.DELIVERED);
		assertThat(delivered.attempts()).extracting(Attempt::outcome).containsExactly("FAILED", "FAILED", "DELIVERED");
		assertThat(delivered.attempts()).extracting(Attempt::error).containsExactly("HTTP 500", "HTTP 503", null);
		assertThat(Duration.between(delivered.attempts().get(0).at(), delivered.attempts().get(2).at()))
			.as("two backoffs of 200 ms then 400 ms, ±20%")
			.isGreaterThanOrEqualTo(Duration.ofMillis(480));
		List<DeliveryRecorded> outcomes = DeliveryOutcomes.of(stack, delivered.id(), 3);
		assertThat(outcomes).extracting(DeliveryRecorded::attempt, DeliveryRecorded::outcome)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "FAILED"),
					org.assertj.core.groups.Tuple.tuple(2, "FAILED"),
					org.assertj.core.groups.Tuple.tuple(3, "DELIVERED"));
		assertThat(outcomes).allSatisfy((outcome) -> {
			assertThat(outcome.channel()).isEqualTo("WEBHOOK");
			assertThat(outcome.sourceEventId()).isEqualTo(tracked.eventId());
			assertThat(outcome.recipientRole()).isEqualTo("ADDRESSEE");
		});
		assertThat(count("notification.delivery.retried") - retried).isGreaterThanOrEqualTo(2);
		assertThat(count("notification.delivery.failed") - failed).isGreaterThanOrEqualTo(2);
		assertThat(this.meters.timer("notification.delivery.latency", "channel", "WEBHOOK").count())
			.isGreaterThan(latencies);
		// Every request was signed anew, and the same CloudEvent id lets the receiver
		// deduplicate.
		assertThat(this.organisations.webhookOf(agency).received()).extracting(WebhookReceiver.Request::id)
			.containsOnly(delivered.id());
	}

	@Test
	void deadLettersAfterTheLastAttemptAndDeliversWhenAnOperatorReplays(LocalStack stack) {
		String agency = this.organisations.withChannels("so-down");
		this.organisations.webhookOf(agency).answering(500);

		issue(stack, agency);

		Notification dead = awaitWebhook(agency, DeliveryStatus.DEAD_LETTERED);
		assertThat(dead.attempts()).hasSize(4)
			.extracting(Attempt::outcome)
			.containsExactly("FAILED", "FAILED", "FAILED", "DEAD_LETTERED");
		assertThat(dead.attempts().get(3).error()).isEqualTo("HTTP 500 (after 4 attempts)");
		this.organisations.admin()
			.get()
			.uri("/api/v1/deliveries/dead-letters?channel=WEBHOOK&size=200")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[?(@.notificationId == '" + dead.id() + "')].attempts.length()")
			.isEqualTo(4);

		// Counted soon after the give-up, not when read.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.meters.get(DeliveryConfiguration.DEAD_DELIVERIES).gauge().value())
				.isPositive());
		assertThat(count("notification.delivery.deadlettered")).isPositive();
		this.organisations.webhookOf(agency).answering(200);
		this.organisations.admin()
			.post()
			.uri("/api/v1/deliveries/dead-letters/{id}/replay", dead.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("PENDING");

		Notification replayed = awaitWebhook(agency, DeliveryStatus.DELIVERED);
		assertThat(replayed.replays()).isEqualTo(1);
		assertThat(replayed.attempts()).hasSize(5).last().extracting(Attempt::outcome).isEqualTo("DELIVERED");
		assertThat(DeliveryOutcomes.of(stack, dead.id(), 5)).extracting(DeliveryRecorded::outcome)
			.containsExactly("FAILED", "FAILED", "FAILED", "DEAD_LETTERED", "DELIVERED");
		this.organisations.admin()
			.post()
			.uri("/api/v1/deliveries/dead-letters/{id}/replay", dead.id())
			.exchange()
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void stopsAtOnceWhenTheEndpointIsGone(LocalStack stack) {
		String agency = this.organisations.withChannels("so-410");
		this.organisations.webhookOf(agency).answering(410);

		issue(stack, agency);

		Notification dead = awaitWebhook(agency, DeliveryStatus.DEAD_LETTERED);
		assertThat(dead.attempts()).singleElement()
			.extracting(Attempt::error)
			.isEqualTo("HTTP 410 Gone: the endpoint says it no longer exists");
		contacts(agency).jsonPath("$.webhook.goneAt").isNotEmpty();

		// Nothing more goes to it; the inbox still tells the agency.
		Events next = issue(stack, agency);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo.exists(Query.query(Criteria.where("eventId").is(next.eventId())),
					Notification.class));
		assertThat(webhooks(agency)).hasSize(1);
		assertThat(this.organisations.webhookOf(agency).received()).hasSize(1);

		// The agency sets its webhook again once the endpoint is back.
		this.organisations.webhookOf(agency).answering(200);
		this.organisations.as(agency)
			.put()
			.uri("/api/v1/organisations/{org}/contacts", agency)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body("{\"language\": \"VI\", \"emails\": [], \"webhook\": {\"url\": \""
					+ this.organisations.webhookOf(agency).url() + "\"}, \"reminderDigest\": false}")
			.exchange()
			.expectStatus()
			.isOk();
		contacts(agency).jsonPath("$.webhook.goneAt").doesNotExist();
		issue(stack, agency);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(webhooks(agency)).extracting(Notification::status)
				.containsExactlyInAnyOrder(DeliveryStatus.DEAD_LETTERED, DeliveryStatus.DELIVERED));
	}

	private org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec contacts(String agency) {
		return this.organisations.as(agency)
			.get()
			.uri("/api/v1/organisations/{org}/contacts", agency)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	@Test
	void aSlowEndpointHoldsUpNobodyElse(LocalStack stack) {
		String slow = this.organisations.withChannels("so-slow");
		String quick = this.organisations.withChannels("so-quick");
		this.organisations.webhookOf(slow).slow(Duration.ofSeconds(20));
		for (int i = 0; i < 6; i++) {
			issue(stack, slow);
		}

		Instant sent = Instant.now();
		issue(stack, quick);

		Notification delivered = awaitWebhook(quick, DeliveryStatus.DELIVERED);
		assertThat(Duration.between(sent, delivered.attempts().get(0).at())).isLessThan(Duration.ofSeconds(5));
		List<Notification> held = webhooks(slow);
		assertThat(held).hasSize(6).noneMatch((n) -> n.status() == DeliveryStatus.DELIVERED);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(webhooks(slow)).anySatisfy((n) -> assertThat(n.attempts())
				.anySatisfy((a) -> assertThat(a.error()).startsWith("No answer within 1500 ms"))));
	}

	@Test
	void theReceiverRefusesAReplayedOrAlteredRequest(LocalStack stack) throws Exception {
		String agency = this.organisations.withChannels("so-verify");
		issue(stack, agency);
		awaitWebhook(agency, DeliveryStatus.DELIVERED);
		WebhookReceiver.Endpoint endpoint = this.organisations.webhookOf(agency);
		WebhookReceiver.Request genuine = endpoint.accepted().get(0);
		assertThat(genuine.contentType()).startsWith("application/cloudevents+json");
		assertThat(genuine.json().path("specversion").asString()).isEqualTo("1.0");
		assertThat(genuine.json().path("type").asString()).isEqualTo("vn.mttq.giamsat.notification.Notification.v1");

		assertThat(post(endpoint, genuine.id(), genuine.timestamp(), genuine.signature(), genuine.body()))
			.as("the same request again")
			.isEqualTo(409);
		byte[] altered = new String(genuine.body(), StandardCharsets.UTF_8).replace("ADDRESSEE", "COPY")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(post(endpoint, genuine.id(), genuine.timestamp(), genuine.signature(), altered))
			.as("an altered body")
			.isEqualTo(401);
		long old = Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond();
		assertThat(post(endpoint, genuine.id(), Long.toString(old),
				WebhookSignature.sign(endpoint.secret(), genuine.id(), old, genuine.body()), genuine.body()))
			.as("a request signed ten minutes ago")
			.isEqualTo(401);
		assertThat(
				post(endpoint, genuine.id(), genuine.timestamp(),
						WebhookSignature.sign(WebhookSecrets.generate(), genuine.id(),
								Long.parseLong(genuine.timestamp()), genuine.body()),
						genuine.body()))
			.as("signed with another secret")
			.isEqualTo(401);
	}

	private double count(String counter) {
		return this.meters.counter(counter, "channel", "WEBHOOK").count();
	}

	private Events issue(LocalStack stack, String agency) {
		Events tracked = Events.tracked(UUID.randomUUID().toString(), this.front, agency, List.of());
		tracked.sendTo(stack.kafka().bootstrapServers());
		return tracked;
	}

	private Notification awaitWebhook(String agency, DeliveryStatus status) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> webhooks(agency).stream().filter((n) -> n.status() == status).findFirst().orElse(null),
					(n) -> n != null);
	}

	private List<Notification> webhooks(String agency) {
		return this.mongo.find(
				Query.query(Criteria.where("recipientOrganisationId").is(agency).and("channel").is(Channel.WEBHOOK)),
				Notification.class);
	}

	private static int post(WebhookReceiver.Endpoint endpoint, String id, String timestamp, String signature,
			byte[] body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
			.header(WebhookSignature.ID, id)
			.header(WebhookSignature.TIMESTAMP, timestamp)
			.header(WebhookSignature.SIGNATURE, signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
