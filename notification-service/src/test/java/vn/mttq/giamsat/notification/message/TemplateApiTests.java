package vn.mttq.giamsat.notification.message;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.support.Events;
import vn.mttq.giamsat.notification.support.Organisations;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An administrator rewords a template: the next messages use it; a wording that cannot be
 * rendered is refused with the reason, and the shipped one can be taken back.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TemplateApiTests {

	static final String KEY = "DUE_DATE_CHANGED.title";

	@LocalServerPort
	int port;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TemplateManagement management;

	Organisations organisations;

	@BeforeEach
	void organisations(LocalIssuer issuer) {
		this.organisations = new Organisations(this.port, issuer, this.directory, null);
	}

	@AfterEach
	void restore() {
		admin().delete().uri("/api/v1/templates/vi/{key}", KEY).exchange().expectStatus().isNoContent();
	}

	@Test
	void theNextMessagesUseTheNewWordingWithoutARestart(LocalStack stack) {
		String front = this.organisations.inboxOnly("ubmttq-tinh");
		String agency = this.organisations.inboxOnly("so-nn");
		Events.step(UUID.randomUUID().toString(), 4, "DUE_DATE_CHANGED", front, agency, List.of(), List.of(), null)
			.sendTo(stack.kafka().bootstrapServers());
		awaitNewestTitle(agency, "Hạn trả lời kiến nghị theo văn bản số 125/KN-MTTQ-BTT đã thay đổi");

		put("vi", KEY, "Hạn mới cho kiến nghị {letterNumber}: {dueDate}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changed")
			.isEqualTo(true)
			.jsonPath("$.shipped")
			.isEqualTo("Hạn trả lời kiến nghị theo văn bản số {letterNumber} đã thay đổi");
		Events.step(UUID.randomUUID().toString(), 4, "DUE_DATE_CHANGED", front, agency, List.of(), List.of(), null)
			.sendTo(stack.kafka().bootstrapServers());

		awaitNewestTitle(agency, "Hạn mới cho kiến nghị 125/KN-MTTQ-BTT: 04/05/2026");
		admin().get()
			.uri("/api/v1/templates/vi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.key == '" + KEY + "')].changed")
			.isEqualTo(List.of(true));
	}

	@Test
	void refusesAWordingThatCannotBeRendered() {
		put("vi", KEY, "Kính gửi {tenCoQuan}").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("text")
			.jsonPath("$.errors[0].message")
			.value(String.class, (message) -> assertThat(message).startsWith("{tenCoQuan} is not a placeholder"));
		put("vi", KEY, "Hạn mới {dueDate").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("text");
		put("vi", "REMINDED.NO_SUCH.title", "x").expectStatus().isNotFound();
		put("fr", KEY, "x").expectStatus().isNotFound();
		put("vi", KEY, "   ").expectStatus().isBadRequest();
	}

	@Test
	void refusesAWordingForAKindOfNoticeThatIsNeverSentNamingTheKindsThatAre() {
		put("vi", "ISSUED.title", "Kiến nghị mới số {letterNumber}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("key")
			.jsonPath("$.errors[0].message")
			.value(String.class,
					(message) -> assertThat(message).contains("ISSUED")
						.contains("TRACKED.title")
						.contains("TRACKED, RECEIVED, ACKNOWLEDGED"));
		put("en", "WITHDRAWN.intro", "Withdrawn").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(String.class, (message) -> assertThat(message).contains("CLOSED.WITHDRAWN.intro"));
		put("vi", "NO_SUCH.title", "x").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(String.class, (message) -> assertThat(message).contains("NO_SUCH").contains("REOPENED"));
	}

	@Test
	void listsAStoredWordingNoNoticeUsesAnyMoreWithTheKeyUsedInsteadUntilItIsDeleted() {
		this.mongo.save(new TemplateText(TemplateText.idOf(Language.VI, "ISSUED.title"), Language.VI, "ISSUED.title",
				"Kiến nghị mới số {letterNumber}", Instant.parse("2026-03-01T02:00:00Z"), null));

		admin().get()
			.uri("/api/v1/templates/vi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.key == 'ISSUED.title')].inUse")
			.isEqualTo(List.of(false))
			.jsonPath("$[?(@.key == 'ISSUED.title')].replacedBy")
			.isEqualTo(List.of("TRACKED.title"))
			.jsonPath("$[?(@.key == 'ISSUED.title')].text")
			.isEqualTo(List.of("Kiến nghị mới số {letterNumber}"))
			.jsonPath("$[?(@.key == 'TRACKED.title')].inUse")
			.isEqualTo(List.of(true));

		admin().delete().uri("/api/v1/templates/vi/{key}", "ISSUED.title").exchange().expectStatus().isNoContent();

		admin().get()
			.uri("/api/v1/templates/vi")
			.exchange()
			.expectBody()
			.jsonPath("$[?(@.key == 'ISSUED.title')]")
			.isEmpty();
		admin().delete().uri("/api/v1/templates/vi/{key}", "ISSUED.title").exchange().expectStatus().isNotFound();
	}

	@Test
	void warnsOfAStoredWordingNoNoticeUsesAnyMore(CapturedOutput output) {
		this.mongo.save(new TemplateText(TemplateText.idOf(Language.EN, "WITHDRAWN.title"), Language.EN,
				"WITHDRAWN.title", "Withdrawn: {letterNumber}", Instant.parse("2026-03-01T02:00:00Z"), null));

		this.management.warnOfUnusedWordings();

		assertThat(output).contains("The EN template 'WITHDRAWN.title' an administrator saved is used by no notice "
				+ "(CLOSED.WITHDRAWN.title is used instead)");
		admin().delete().uri("/api/v1/templates/en/{key}", "WITHDRAWN.title").exchange().expectStatus().isNoContent();
	}

	private void awaitNewestTitle(String agency, String title) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.organisations.as(agency)
				.get()
				.uri("/api/v1/organisations/{org}/notifications", agency)
				.exchange()
				.expectBody()
				.jsonPath("$.content[0].title")
				.isEqualTo(title));
	}

	private RestTestClient.ResponseSpec put(String language, String key, String text) {
		return admin().put()
			.uri("/api/v1/templates/{language}/{key}", language, key)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"text\": \"" + text + "\"}")
			.exchange();
	}

	private RestTestClient admin() {
		return this.organisations.admin();
	}

}
