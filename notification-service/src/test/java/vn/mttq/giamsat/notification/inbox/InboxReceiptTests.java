package vn.mttq.giamsat.notification.inbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.delivery.Channel;
import vn.mttq.giamsat.notification.delivery.Notification;
import vn.mttq.giamsat.notification.support.DeliveryOutcomes;
import vn.mttq.giamsat.notification.support.Events;
import vn.mttq.giamsat.notification.support.Organisations;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inbox: listing and filtering, the unread count, and reading a notification or
 * confirming its receipt, which is the organisation's receipt and is published once on
 * {@code notification.deliveries}.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxReceiptTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationDirectory directory;

	Organisations organisations;

	String front;

	String agency;

	@BeforeEach
	void organisations(LocalIssuer issuer) {
		this.organisations = new Organisations(this.port, issuer, this.directory, null);
		this.front = this.organisations.inboxOnly("ubmttq-tinh");
		this.agency = this.organisations.inboxOnly("so-nn");
	}

	@Test
	void listsFiltersAndCountsTheUnread(LocalStack stack) {
		String id = UUID.randomUUID().toString();
		Events.tracked(id, this.front, this.agency, List.of()).sendTo(stack.kafka().bootstrapServers());
		Events.step(id, 2, "REMINDED", this.front, this.agency, List.of(), List.of(), null)
			.sendTo(stack.kafka().bootstrapServers());
		Events.tracked(UUID.randomUUID().toString(), this.front, this.agency, List.of())
			.sendTo(stack.kafka().bootstrapServers());

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> unread().isEqualTo(3));
		inbox("?kind=REMINDED").jsonPath("$.totalElements")
			.isEqualTo(1)
			.jsonPath("$.content[0].title")
			.isEqualTo("Đôn đốc trả lời kiến nghị theo văn bản số 125/KN-MTTQ-BTT")
			.jsonPath("$.content[0].recipientRole")
			.isEqualTo("ADDRESSEE");
		inbox("?recommendationId=" + id).jsonPath("$.totalElements").isEqualTo(2);
		inbox("?unread=false").jsonPath("$.totalElements").isEqualTo(0);
	}

	@Test
	void anUnknownFilterValueIsRefusedNamingTheParameterAndTheValuesAllowed() {
		for (String list : new String[] { "notifications?kind=NONSENSE", "notifications?kind=reminded",
				"deliveries?status=NONSENSE", "deliveries?channel=PIGEON" }) {
			String parameter = list.substring(list.indexOf('?') + 1, list.indexOf('='));
			this.organisations.as(this.agency)
				.get()
				.uri("/api/v1/organisations/" + this.agency + "/" + list)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(parameter)
				.jsonPath("$.errors[0].message")
				.<String>value((message) -> assertThat(message).contains(switch (parameter) {
					case "kind" -> "REMINDED";
					case "status" -> "DEAD_LETTERED";
					default -> "WEBHOOK";
				}));
		}
	}

	@Test
	void readingAndConfirmingReceiptAreTheReceiptPublishedOnce(LocalStack stack) {
		Events tracked = Events.tracked(UUID.randomUUID().toString(), this.front, this.agency, List.of());
		tracked.sendTo(stack.kafka().bootstrapServers());
		String id = Notification.idOf(tracked.eventId(), this.agency, Channel.INBOX);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> unread().isEqualTo(1));

		for (int i = 0; i < 2; i++) {
			this.organisations.as(this.agency)
				.post()
				.uri("/api/v1/organisations/{org}/notifications/{id}/read", this.agency, id)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.readAt")
				.isNotEmpty()
				.jsonPath("$.receiptConfirmedAt")
				.isEmpty();
		}
		unread().isEqualTo(0);
		for (int i = 0; i < 2; i++) {
			this.organisations.as(this.agency)
				.post()
				.uri("/api/v1/organisations/{org}/notifications/{id}/confirm-receipt", this.agency, id)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.receiptConfirmedAt")
				.isNotEmpty()
				.jsonPath("$.receiptConfirmedBy.userId")
				.isEqualTo("canbo." + this.agency);
		}

		List<DeliveryRecorded> outcomes = DeliveryOutcomes.of(stack, id, 3);
		assertThat(outcomes).extracting(DeliveryRecorded::outcome).containsExactly("DELIVERED", "READ", "ACKNOWLEDGED");
		assertThat(outcomes).allSatisfy((outcome) -> {
			assertThat(outcome.provesReceiptByAddressee()).isTrue();
			assertThat(outcome.recipientId()).isEqualTo(this.agency);
			assertThat(outcome.sourceEventId()).isEqualTo(tracked.eventId());
			assertThat(outcome.channel()).isEqualTo("INBOX");
		});
		assertThat(DeliveryOutcomes.readFor(stack, id, Duration.ofSeconds(2))).as("the second reading is no news")
			.hasSize(3);
	}

	@Test
	void anotherOrganisationsNotificationIsNotFound(LocalStack stack) {
		Events tracked = Events.tracked(UUID.randomUUID().toString(), this.front, this.agency, List.of());
		tracked.sendTo(stack.kafka().bootstrapServers());
		String id = Notification.idOf(tracked.eventId(), this.agency, Channel.INBOX);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> unread().isEqualTo(1));
		String other = this.organisations.inboxOnly("so-khac");

		this.organisations.as(other)
			.post()
			.uri("/api/v1/organisations/{org}/notifications/{id}/read", other, id)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith("application/problem+json");
		unread().isEqualTo(1);
	}

	private org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec inbox(String query) {
		return this.organisations.as(this.agency)
			.get()
			.uri("/api/v1/organisations/" + this.agency + "/notifications" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private org.springframework.test.web.servlet.client.JsonPathAssertions unread() {
		return this.organisations.as(this.agency)
			.get()
			.uri("/api/v1/organisations/{org}/notifications/unread-count", this.agency)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.unread");
	}

}
