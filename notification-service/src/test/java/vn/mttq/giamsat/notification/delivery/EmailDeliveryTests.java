package vn.mttq.giamsat.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.support.Events;
import vn.mttq.giamsat.notification.support.Organisations;
import vn.mttq.giamsat.notification.support.TestData;
import vn.mttq.giamsat.notification.support.TestSmtp;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Email through a real SMTP server: it waits while the server is down and goes when it is
 * back; quiet hours hold it; reminders may come as one daily digest.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmailDeliveryTests {

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	@LocalServerPort
	int port;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	MongoTemplate mongo;

	Organisations organisations;

	String front;

	@BeforeEach
	void organisations(LocalIssuer issuer) {
		this.organisations = new Organisations(this.port, issuer, this.directory, null);
		this.front = this.organisations.inboxOnly("ubmttq-tinh");
	}

	@Test
	void mailWaitsWhileTheSmtpServerIsDownAndGoesWhenItIsBack(LocalStack stack) {
		String agency = emailOnly("so-smtp", null, false);
		TestSmtp.stop();
		try {
			Events.tracked(UUID.randomUUID().toString(), this.front, agency, List.of())
				.sendTo(stack.kafka().bootstrapServers());

			Notification waiting = await().atMost(Duration.ofSeconds(30))
				.until(() -> email(agency), (n) -> n != null && n.attempts().size() >= 2);
			assertThat(waiting.status()).isEqualTo(DeliveryStatus.RETRYING);
			assertThat(waiting.attempts()).allSatisfy((attempt) -> {
				assertThat(attempt.outcome()).isEqualTo("FAILED");
				assertThat(attempt.error()).startsWith("SMTP: ");
			});
			assertThat(inbox(agency).status()).as("the inbox does not wait for the mail server")
				.isEqualTo(DeliveryStatus.DELIVERED);
		}
		finally {
			TestSmtp.start();
		}

		await().atMost(TestSmtp.patience())
			.untilAsserted(() -> assertThat(email(agency).status()).isEqualTo(DeliveryStatus.DELIVERED));
		assertThat(TestSmtp.to(Organisations.email(agency))).hasSize(1);
		assertThat(email(agency).attempts()).last().extracting(Attempt::outcome).isEqualTo("DELIVERED");
	}

	@Test
	void quietHoursHoldTheMailButNotTheInbox(LocalStack stack) {
		LocalTime now = LocalTime.now(HANOI);
		LocalTime from = now.minusHours(1);
		LocalTime to = now.plusHours(1);
		String agency = emailOnly("so-quiet", "{\"from\": \"" + hhmm(from) + "\", \"to\": \"" + hhmm(to) + "\"}",
				false);

		Events.tracked(UUID.randomUUID().toString(), this.front, agency, List.of())
			.sendTo(stack.kafka().bootstrapServers());

		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(email(agency).nextAttemptAt()).isAfter(Instant.now().plusSeconds(1800)));
		assertThat(email(agency).attempts()).isEmpty();
		assertThat(email(agency).status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(inbox(agency).status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(TestSmtp.to(Organisations.email(agency))).isEmpty();
	}

	@Test
	void remindersComeTogetherInOneDailyDigest(LocalStack stack) throws Exception {
		String agency = emailOnly("so-digest", null, true);
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();
		Events.step(first, 5, "REMINDED", this.front, agency, List.of(), List.of(), null)
			.sendTo(stack.kafka().bootstrapServers());
		Events.step(second, 5, "REMINDED", this.front, agency, List.of(), List.of(), null)
			.sendTo(stack.kafka().bootstrapServers());
		// More reminders than the email channel has threads: one digest still carries
		// them all.
		String third = UUID.randomUUID().toString();
		Events.step(third, 5, "REMINDED", this.front, agency, List.of(), List.of(), null)
			.sendTo(stack.kafka().bootstrapServers());
		Events.tracked(UUID.randomUUID().toString(), this.front, agency, List.of())
			.sendTo(stack.kafka().bootstrapServers());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(emails(agency)).hasSize(4)
				.filteredOn(Notification::digest)
				.hasSize(3)
				.allSatisfy((n) -> assertThat(n.nextAttemptAt().atZone(HANOI).toLocalTime())
					.isEqualTo(LocalTime.of(7, 30))));
		// A new item is not a reminder: it goes at once.
		await().atMost(TestSmtp.patience())
			.untilAsserted(() -> assertThat(TestSmtp.to(Organisations.email(agency))).hasSize(1));

		// 07:30 comes.
		this.mongo.updateMulti(Query.query(Criteria.where("recipientOrganisationId").is(agency).and("digest").is(true)),
				new Update().set("nextAttemptAt", Instant.now()), Notification.class);

		await().atMost(TestSmtp.patience())
			.untilAsserted(() -> assertThat(TestSmtp.to(Organisations.email(agency))).hasSize(2));
		MimeMessage digest = TestSmtp.to(Organisations.email(agency)).get(1);
		assertThat(digest.getSubject()).isEqualTo("Tổng hợp đôn đốc trả lời kiến nghị");
		assertThat(String.valueOf(digest.getContent())).contains(first).contains(second).contains(third);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(emails(agency))
				.allSatisfy((n) -> assertThat(n.status()).isEqualTo(DeliveryStatus.DELIVERED)));
	}

	private String emailOnly(String name, String quietHours, boolean digest) {
		String id = this.organisations.id(name);
		TestData.knownOrganisations(this.directory, id);
		this.organisations.as(id)
			.put()
			.uri("/api/v1/organisations/{org}/contacts", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"language": "VI", "emails": ["%s"], "quietHours": %s, "reminderDigest": %s}"""
				.formatted(Organisations.email(id), quietHours, digest))
			.exchange()
			.expectStatus()
			.isOk();
		return id;
	}

	private static String hhmm(LocalTime time) {
		return String.format("%02d:%02d", time.getHour(), time.getMinute());
	}

	private Notification email(String agency) {
		List<Notification> emails = emails(agency);
		return emails.isEmpty() ? null : emails.get(0);
	}

	private List<Notification> emails(String agency) {
		return this.mongo.find(
				Query.query(Criteria.where("recipientOrganisationId").is(agency).and("channel").is(Channel.EMAIL)),
				Notification.class);
	}

	private Notification inbox(String agency) {
		return this.mongo.findOne(
				Query.query(Criteria.where("recipientOrganisationId").is(agency).and("channel").is(Channel.INBOX)),
				Notification.class);
	}

}
