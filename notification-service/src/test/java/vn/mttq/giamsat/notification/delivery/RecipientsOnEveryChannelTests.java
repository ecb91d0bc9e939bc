package vn.mttq.giamsat.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.support.Events;
import vn.mttq.giamsat.notification.support.Organisations;
import vn.mttq.giamsat.notification.support.TestSmtp;
import vn.mttq.giamsat.notification.support.WebhookReceiver;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every kind of event, sent on its topic, reaches the organisations the rules name, in
 * their inbox, by email through a real SMTP server and by a signed webhook to a real HTTP
 * receiver that verifies each request; and a redelivered event reaches nobody twice.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecipientsOnEveryChannelTests {

	static final WebhookReceiver RECEIVER = WebhookReceiver.start();

	@LocalServerPort
	int port;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	MongoTemplate mongo;

	Organisations organisations;

	@BeforeEach
	void organisations(LocalIssuer issuer) {
		this.organisations = new Organisations(this.port, issuer, this.directory, RECEIVER);
	}

	@AfterAll
	static void stopReceiver() {
		RECEIVER.close();
	}

	@Test
	void tellsTheRightOrganisationsOfEveryKindOfEventOnEveryChannel(LocalStack stack) {
		String front = this.organisations.withChannels("ubmttq-tinh");
		String agency = this.organisations.withChannels("so-nn");
		String authority = this.organisations.withChannels("ubnd-tinh");
		String frontAbove = this.organisations.withChannels("ubmttq-tw");
		String superior = this.organisations.withChannels("bo-nn");
		String id = UUID.randomUUID().toString();
		List<String> copies = List.of(authority, frontAbove);
		List<Events> events = new ArrayList<>();
		// The first notice comes from the TRACKED step, with the due date computed; a
		// withdrawal is the item's closing, told once to the agency.
		List<String> transitions = List.of("TRACKED", "ACKNOWLEDGED", "ACCEPTED", "EXPLAINED", "REVIEW_REQUESTED",
				"PROGRESS_REPORTED", "RESOLUTION_REPORTED", "SENT_BACK", "TAKEN_TO_DIALOGUE", "REMINDED",
				"MARKED_OVERDUE", "ESCALATED", "DUE_DATE_CHANGED", "CLOSED", "REOPENED", "CLOSED");
		for (int i = 0; i < transitions.size(); i++) {
			String transition = transitions.get(i);
			events.add(Events.step(id, i + 1, transition, front, agency, copies,
					transition.equals("ESCALATED") || i > 11 ? List.of(superior) : List.of(),
					transition.equals("CLOSED") ? ((i < 15) ? "RESOLVED" : "WITHDRAWN") : null));
		}

		events.forEach((event) -> event.sendTo(stack.kafka().bootstrapServers()));

		Map<String, List<String>> expected = new LinkedHashMap<>();
		expected.put(agency, List.of("TRACKED", "SENT_BACK", "TAKEN_TO_DIALOGUE", "REMINDED", "MARKED_OVERDUE",
				"ESCALATED", "DUE_DATE_CHANGED", "CLOSED", "REOPENED", "CLOSED"));
		expected.put(front, List.of("ACKNOWLEDGED", "ACCEPTED", "EXPLAINED", "REVIEW_REQUESTED", "PROGRESS_REPORTED",
				"RESOLUTION_REPORTED", "MARKED_OVERDUE", "ESCALATED", "CLOSED", "REOPENED"));
		expected.put(authority, List.of("TRACKED"));
		expected.put(frontAbove, List.of("TRACKED"));
		expected.put(superior, List.of("ESCALATED"));
		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> expected.forEach((organisation, kinds) -> {
			assertThat(kinds(organisation, Channel.INBOX)).as("inbox of %s", organisation)
				.containsExactlyInAnyOrderElementsOf(kinds);
			assertThat(delivered(organisation, Channel.EMAIL)).as("emails to %s", organisation)
				.containsExactlyInAnyOrderElementsOf(kinds);
			assertThat(delivered(organisation, Channel.WEBHOOK)).as("webhooks to %s", organisation)
				.containsExactlyInAnyOrderElementsOf(kinds);
			assertThat(TestSmtp.to(Organisations.email(organisation))).hasSize(kinds.size());
			assertThat(this.organisations.webhookOf(organisation).accepted()).hasSize(kinds.size());
		}));
		Map<String, String> roles = new LinkedHashMap<>();
		for (var request : this.organisations.webhookOf(authority).accepted()) {
			roles.put(request.json().path("data").path("kind").asString(),
					request.json().path("data").path("recipientRole").asString());
		}
		assertThat(roles).containsEntry("TRACKED", "COPY");
		assertThat(this.organisations.webhookOf(superior)
			.accepted()
			.get(0)
			.json()
			.path("data")
			.path("recipientRole")
			.asString()).isEqualTo("ESCALATION");
	}

	@Test
	void sendsAnEmailWithTheContentTheDueDateAndItsExplanationAndALink(LocalStack stack) throws Exception {
		String front = this.organisations.inboxOnly("ubmttq-tinh");
		String agency = this.organisations.withChannels("so-nn");
		String id = UUID.randomUUID().toString();

		Events.step(id, 1, "REMINDED", front, agency, List.of(), List.of(), null)
			.sendTo(stack.kafka().bootstrapServers());

		MimeMessage mail = await().atMost(TestSmtp.patience())
			.until(() -> TestSmtp.to(Organisations.email(agency)), (mails) -> mails.size() == 1)
			.get(0);
		assertThat(mail.getSubject()).isEqualTo("Đôn đốc trả lời kiến nghị theo văn bản số 125/KN-MTTQ-BTT");
		assertThat(mail.getMessageID())
			.isEqualTo("<" + Notification.idOf(eventIdOf(agency, Channel.EMAIL), agency, Channel.EMAIL)
					+ "@notification.giamsat>");
		String text = String.valueOf(mail.getContent());
		assertThat(text).contains("Rà soát, công khai danh sách hộ được hỗ trợ giống cây trồng")
			.contains("Hạn trả lời: 04/05/2026.")
			.contains("Cách xác định hạn: Hạn do người ban hành đặt: 04/05/2026.")
			.contains("https://giamsat.test/api/v1/recommendations/" + id);
	}

	@Test
	void aRedeliveredEventReachesNobodyTwice(LocalStack stack) {
		String front = this.organisations.withChannels("ubmttq-tinh");
		String agency = this.organisations.withChannels("so-nn");
		String id = UUID.randomUUID().toString();
		Events tracked = Events.tracked(id, front, agency, List.of());
		Events reminded = Events.step(id, 2, "REMINDED", front, agency, List.of(), List.of(), null);
		Events later = Events.step(id, 3, "MARKED_OVERDUE", front, agency, List.of(), List.of(), null);

		for (Events event : List.of(tracked, tracked, reminded, reminded, tracked, later)) {
			event.sendTo(stack.kafka().bootstrapServers());
		}

		// The last event has the same key, so it is applied after every copy before it.
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(delivered(agency, Channel.WEBHOOK)).contains("MARKED_OVERDUE"));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(kinds(agency, Channel.INBOX)).containsExactlyInAnyOrder("TRACKED", "REMINDED", "MARKED_OVERDUE");
			assertThat(delivered(agency, Channel.EMAIL)).containsExactlyInAnyOrder("TRACKED", "REMINDED",
					"MARKED_OVERDUE");
		});
		assertThat(TestSmtp.to(Organisations.email(agency))).hasSize(3);
		assertThat(this.organisations.webhookOf(agency).accepted()).hasSize(3);
	}

	private List<String> kinds(String organisation, Channel channel) {
		return notifications(organisation, channel).stream().map(Notification::kind).toList();
	}

	private List<String> delivered(String organisation, Channel channel) {
		return notifications(organisation, channel).stream()
			.filter((n) -> n.status() == DeliveryStatus.DELIVERED)
			.map(Notification::kind)
			.toList();
	}

	private String eventIdOf(String organisation, Channel channel) {
		return notifications(organisation, channel).get(0).eventId();
	}

	private List<Notification> notifications(String organisation, Channel channel) {
		return this.mongo.find(
				Query.query(Criteria.where("recipientOrganisationId").is(organisation).and("channel").is(channel)),
				Notification.class);
	}

}
