package vn.mttq.giamsat.notification.channel;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.channel.webhook.WebhookSecrets;
import vn.mttq.giamsat.notification.delivery.Channel;
import vn.mttq.giamsat.notification.delivery.Notification;
import vn.mttq.giamsat.notification.support.Events;
import vn.mttq.giamsat.notification.support.Organisations;
import vn.mttq.giamsat.notification.support.TestResolver;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Contacts and channels through the API: validated, for organisations the directory
 * knows, with the webhook secret stored encrypted and never shown.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactsApiTests {

	static final String SECRET = "whsec_YmktbWF0LWNodW5nLWN1YS1zby0yMDI2LW5vbmctbmdoaWVw";

	@LocalServerPort
	int port;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestResolver resolver;

	@Autowired
	ContactsManagement contacts;

	Organisations organisations;

	String agency;

	@BeforeEach
	void organisations(LocalIssuer issuer) {
		this.organisations = new Organisations(this.port, issuer, this.directory, null);
		this.agency = this.organisations.inboxOnly("so-nn");
	}

	@Test
	void storesTheWebhookSecretEncryptedAndNeverShowsIt() {
		put(this.agency, """
				{"language": "EN", "emails": ["van.thu@so-nn.gov.vn", "lanh.dao@so-nn.gov.vn", "van.thu@so-nn.gov.vn"],
				 "webhook": {"url": "https://hethong.so-nn.gov.vn/giamsat", "secret": "%s"},
				 "quietHours": {"from": "21:00", "to": "07:00"}, "reminderDigest": true}""".formatted(SECRET))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.webhook.secretSet")
			.isEqualTo(true)
			.jsonPath("$.webhook.secret")
			.doesNotExist()
			.jsonPath("$.emails[1]")
			.isEqualTo("lanh.dao@so-nn.gov.vn")
			.jsonPath("$.updatedBy.userId")
			.isEqualTo("canbo." + this.agency);

		String shown = new String(as(this.agency).get()
			.uri("/api/v1/organisations/{org}/contacts", this.agency)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBodyContent());
		assertThat(shown).doesNotContain(SECRET).contains("\"language\":\"EN\"").contains("\"from\":\"21:00:00\"");
		Document stored = this.mongo.getCollection("contacts").find(new Document("_id", this.agency)).first();
		assertThat(stored.toJson()).doesNotContain(SECRET).contains("v2:dev-tests-only:");
	}

	@Test
	void refusesAWebhookWhoseNameResolvesToCloudMetadataWithAProblemNamingTheUrl() {
		this.resolver.answer("metadata.so-nn.gov.vn", "169.254.169.254");

		put(this.agency, webhook("https://metadata.so-nn.gov.vn/hook", "\"" + SECRET + "\"")).expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentTypeCompatibleWith("application/problem+json")
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("webhook.url")
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("169.254.169.254 is link-local"));
		put(this.agency, webhook("https://hethong.so-nn.invalid/hook", "\"" + SECRET + "\"")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("does not resolve"));
	}

	@Test
	void signsWithTheNewAndThePreviousSecretWhileTheOrganisationReplacesIt() {
		String next = WebhookSecrets.generate();
		put(this.agency, webhook("https://hethong.so-nn.gov.vn/giamsat", "\"" + SECRET + "\"")).expectStatus().isOk();

		put(this.agency, webhook("https://hethong.so-nn.gov.vn/giamsat", "\"" + next + "\"")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.webhook.previousSecretUntil")
			.isNotEmpty();

		assertThat(this.contacts.webhookSecrets(this.contacts.settingsOf(this.agency))).containsExactly(next, SECRET);
	}

	@Test
	void keepsTheSecretWhenTheSameUrlComesWithoutOne() {
		put(this.agency, webhook("https://hethong.so-nn.gov.vn/giamsat", "\"" + SECRET + "\"")).expectStatus().isOk();
		String before = storedSecret();

		put(this.agency, webhook("https://hethong.so-nn.gov.vn/giamsat", "null")).expectStatus().isOk();
		assertThat(storedSecret()).isEqualTo(before);

		put(this.agency, webhook("https://khac.so-nn.gov.vn/giamsat", "null")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("webhook.secret");
	}

	@Test
	void leavingOutTheReminderDigestKeepsItForAnOrganisationAndDefaultsItForANewOne() {
		put(this.agency, """
				{"language": "VI", "emails": ["van.thu@so-nn.gov.vn"], "reminderDigest": true}""").expectStatus()
			.isOk();

		put(this.agency, """
				{"language": "EN", "emails": ["van.thu@so-nn.gov.vn"]}""").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.reminderDigest")
			.isEqualTo(true)
			.jsonPath("$.language")
			.isEqualTo("EN");

		String newcomer = this.organisations.inboxOnly("so-moi");
		put(newcomer, """
				{"language": "VI", "emails": []}""").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.reminderDigest")
			.isEqualTo(false);
	}

	@Test
	void anotherOrganisationsContactsAreNotFoundEvenWhenTheBodyIsInvalid() {
		String other = this.organisations.inboxOnly("so-khac");

		for (String body : new String[] { """
				{"language": "VI", "emails": ["không phải địa chỉ"]}""", """
				{"language": "KLINGON", "emails": []}""", "{\"language\": ", """
				{"language": "VI", "emails": [], "unknown": 1}""" }) {
			as(this.agency).put()
				.uri("/api/v1/organisations/{org}/contacts", other)
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentTypeCompatibleWith("application/problem+json");
		}
	}

	@Test
	void refusesBadAddressesAndUrlsNamingTheField() {
		put(this.agency, """
				{"language": "VI", "emails": ["không phải địa chỉ"], "reminderDigest": false}""").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith("application/problem+json")
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("emails[0]");
		for (String url : new String[] { "ftp://so-nn.gov.vn/x", "https://admin:matkhau@so-nn.gov.vn/hook",
				"file:///etc/passwd", "https://so nn.gov.vn/hook", "https:///hook", "https://so-nn.gov.vn/hook#tin",
				"https://so-nn.gov.vn:99999/hook", "https://so-nn.gov.vn./hook" }) {
			put(this.agency, webhook(url, "\"" + SECRET + "\"")).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:giamsat:problem:validation")
				.jsonPath("$.errors[0].field")
				.isEqualTo("webhook.url");
		}
		for (String secret : new String[] { "short", "bi-mat-chung-cua-so-nong-nghiep-2026", "whsec_c2hvcnQ=" }) {
			put(this.agency, webhook("https://so-nn.gov.vn/hook", "\"" + secret + "\"")).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:giamsat:problem:validation")
				.jsonPath("$.errors[0].field")
				.isEqualTo("webhook.secret");
		}
		// An address in a notation resolvers read differently is refused as an address.
		put(this.agency, webhook("https://0x7f000001/hook", "\"" + SECRET + "\"")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("webhook.url");
		put(this.agency,
				"""
						{"language": "VI", "emails": [], "quietHours": {"from": "07:00", "to": "07:00"}, "reminderDigest": false}""")
			.expectStatus()
			.isEqualTo(422);
	}

	@Test
	void refusalsAnswerInVietnameseWhenTheRequestAsksForIt() {
		String sameHours = """
				{"language": "VI", "emails": [], "quietHours": {"from": "07:00", "to": "07:00"}}""";
		as(this.agency).put()
			.uri("/api/v1/organisations/{org}/contacts", this.agency)
			.header("Accept-Language", "vi")
			.contentType(MediaType.APPLICATION_JSON)
			.body(sameHours)
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Giờ kết thúc khoảng giờ yên lặng phải khác giờ bắt đầu");
		as(this.agency).put()
			.uri("/api/v1/organisations/{org}/contacts", this.agency)
			.header("Accept-Language", "vi")
			.contentType(MediaType.APPLICATION_JSON)
			.body(webhook("ftp://so-nn.gov.vn/x", "\"" + SECRET + "\""))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("phải bắt đầu bằng https:// hoặc http://");
		put(this.agency, webhook("ftp://so-nn.gov.vn/x", "\"" + SECRET + "\"")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("must start with https:// or http://");
		this.resolver.answer("metadata.so-nn.gov.vn", "169.254.169.254");
		as(this.agency).put()
			.uri("/api/v1/organisations/{org}/contacts", this.agency)
			.header("Accept-Language", "vi")
			.contentType(MediaType.APPLICATION_JSON)
			.body(webhook("https://metadata.so-nn.gov.vn/hook", "\"" + SECRET + "\""))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Không thể dùng địa chỉ webhook này: máy chủ metadata.so-nn.gov.vn không nằm trên mạng công "
					+ "cộng: 169.254.169.254 là địa chỉ liên kết cục bộ (link-local), nơi dịch vụ metadata của đám mây "
					+ "trả lời (169.254.0.0/16)");
		as(this.agency).get()
			.uri("/api/v1/organisations/{org}/notifications?kind=NONSENSE", this.agency)
			.header("Accept-Language", "vi")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.<String>value((message) -> assertThat(message).startsWith("phải là một trong các loại: TRACKED|"));
	}

	@Test
	void theNextNoticeGoesByTheChannelsJustSetWithoutARestart(LocalStack stack) {
		String id = UUID.randomUUID().toString();
		Events.tracked(id, "ubmttq-tinh-dien-bien", this.agency, List.of()).sendTo(stack.kafka().bootstrapServers());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(channelsTold(this.agency, "TRACKED")).containsExactly(Channel.INBOX));

		put(this.agency, """
				{"language": "VI", "emails": ["van.thu@so-nn.gov.vn"], "reminderDigest": false}""").expectStatus()
			.isOk();
		Events.step(id, 2, "REMINDED", "ubmttq-tinh-dien-bien", this.agency, List.of(), List.of(), null)
			.sendTo(stack.kafka().bootstrapServers());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(channelsTold(this.agency, "REMINDED"))
				.containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL));
	}

	private List<Channel> channelsTold(String organisation, String kind) {
		return this.mongo
			.find(Query.query(Criteria.where("recipientOrganisationId").is(organisation).and("kind").is(kind)),
					Notification.class)
			.stream()
			.map(Notification::channel)
			.toList();
	}

	@Test
	void anOrganisationTheDirectoryDoesNotKnowIsNotFound(LocalStack stack) {
		String newcomer = this.organisations.id("xa-moi");

		put(newcomer, webhook("https://xa-moi.gov.vn/hook", "\"" + SECRET + "\"")).expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith("application/problem+json");

		// Then supervision-service publishes it (a later revision first: the older one
		// arriving after changes nothing).
		Events.organisation(newcomer, 2, "UBND xã Mới", null).sendTo(stack.kafka().bootstrapServers());
		Events.organisation(newcomer, 1, "Tên cũ", null).sendTo(stack.kafka().bootstrapServers());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> put(newcomer, webhook("https://xa-moi.gov.vn/hook", "\"" + SECRET + "\"")).expectStatus()
						.isOk());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.directory.nameOf(newcomer)).isEqualTo("UBND xã Mới"));
	}

	private String storedSecret() {
		Document stored = this.mongo.getCollection("contacts").find(new Document("_id", this.agency)).first();
		return stored.get("webhook", Document.class).getString("encryptedSecret");
	}

	private static String webhook(String url, String secret) {
		return """
				{"language": "VI", "emails": [], "webhook": {"url": "%s", "secret": %s}, "reminderDigest": false}"""
			.formatted(url, secret);
	}

	private RestTestClient.ResponseSpec put(String organisation, String body) {
		return as(organisation).put()
			.uri("/api/v1/organisations/{org}/contacts", organisation)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient as(String organisation) {
		return this.organisations.as(organisation);
	}

}
