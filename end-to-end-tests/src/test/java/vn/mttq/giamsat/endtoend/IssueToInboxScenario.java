package vn.mttq.giamsat.endtoend;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.testfixtures.ApiClient;
import vn.mttq.giamsat.testfixtures.ApiClient.FilePart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From a letter issued at supervision-service to each recommendation tracked at
 * recommendation-service and in its agency's inbox at notification-service, through the
 * real broker; then the same events again, which change nothing. Subclasses choose the
 * infrastructure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IssueToInboxScenario {

	static final List<String> AGENCIES = List.of("so-nong-nghiep-moi-truong-dien-bien", "ubnd-xa-muong-phang");

	static final ApiClient API = new ApiClient(Duration.ofSeconds(30));

	RunningServices services;

	String frontToken;

	RestTestClient recommendation;

	RestTestClient notification;

	LocalIssuer issuer;

	abstract String kafkaBootstrap();

	abstract String mongoUri();

	@BeforeAll
	void startServices() {
		this.issuer = LocalIssuer.start();
		this.services = RunningServices.start(
				new RunningServices.Infrastructure(kafkaBootstrap(), mongoUri(), this.issuer.issuer()),
				"e2e-" + getClass().getSimpleName());
		this.frontToken = this.issuer.token("canbo.mttq.tinh", "ubmttq-tinh-dien-bien", "FRONT_OFFICIAL");
		this.recommendation = client(RunningServices.baseUrl(this.services.recommendation),
				this.issuer.token("giamsat.vien", "ubmttq-tinh-dien-bien", "MONITOR"));
		this.notification = client(RunningServices.baseUrl(this.services.notification),
				this.issuer.token("quantri", "ubmttq-tinh-dien-bien", "ADMIN"));
	}

	@AfterAll
	void stopServices() {
		RunningServices.stop(this.services, this.issuer);
	}

	@Test
	void aLetterReachesTrackingAndTheInboxesOnceEvenWhenItsEventsArePublishedAgain() {
		JsonNode letter = issueLetterWithThreeItems("125/KN-MTTQ-BTT-" + System.nanoTime());
		List<String> ids = recommendationIds(letter);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			for (String id : ids) {
				this.recommendation.get()
					.uri("/api/v1/recommendations/{id}", id)
					.exchange()
					.expectStatus()
					.isOk()
					.expectBody()
					.jsonPath("$.status")
					.isEqualTo("AWAITING_RESPONSE");
			}
			assertThat(firstNotices(AGENCIES.get(0))).containsAll(ids.subList(0, 1));
			assertThat(firstNotices(AGENCIES.get(1))).containsAll(ids.subList(1, 3));
		});

		publishTheLettersEventsAgain(letter.path("id").asString());

		// recommendation-service applies each item once, so nothing new reaches the
		// lifecycle and no agency is told anything twice.
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(counter(this.services.recommendation, "recommendation.issued.redelivered"))
				.isGreaterThanOrEqualTo(3));
		assertThat(firstNotices(AGENCIES.get(0))).containsExactly(ids.get(0));
		assertThat(firstNotices(AGENCIES.get(1))).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
		for (String id : ids) {
			this.recommendation.get()
				.uri("/api/v1/recommendations/{id}", id)
				.exchange()
				.expectBody()
				.jsonPath("$.history[0].transition")
				.isEqualTo("TRACKED")
				.jsonPath("$.history[?(@.transition == 'TRACKED')].sequence")
				.<List<Integer>>value((tracked) -> assertThat(tracked).containsExactly(1));
		}
	}

	@Test
	void theInboxDeliveryComesBackAsTheReceiptThatStartsTheAddresseesDeadline() {
		JsonNode letter = issueLetterWithThreeItems("126/KN-MTTQ-BTT-" + System.nanoTime());

		for (String id : recommendationIds(letter)) {
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> this.recommendation.get()
					.uri("/api/v1/recommendations/{id}", id)
					.exchange()
					.expectStatus()
					.isOk()
					.expectBody()
					.jsonPath("$.history[?(@.transition == 'RECEIVED')].note")
					.<List<String>>value((received) -> assertThat(received).singleElement()
						.asString()
						.startsWith("Cơ quan đã nhận ngày")
						.contains("INBOX delivered")));
		}
	}

	@Test
	void theAgencyIsToldTheProvisionalDueDateFirstAndTheFirmOneOnceItsReceiptFixesIt() {
		JsonNode letter = issueLetterWithThreeItems("127/KN-MTTQ-BTT-" + System.nanoTime());
		String ruled = recommendationIds(letter).get(2);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode item = this.recommendation.get()
				.uri("/api/v1/recommendations/{id}", ruled)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
			assertThat(item.path("dueDateProvisional").asBoolean()).isFalse();
			String firm = item.path("dueDate").asString();
			String provisional = item.path("provisionalDueDate").asString();
			List<Map<?, ?>> notices = inbox(AGENCIES.get(1)).stream()
				.filter((notice) -> ruled.equals(notice.get("recommendationId")))
				.toList();
			assertThat(notices.stream().map((notice) -> (String) notice.get("kind")))
				.containsExactlyInAnyOrder("TRACKED", "RECEIVED");
			Map<?, ?> first = notices.stream().filter((notice) -> "TRACKED".equals(notice.get("kind"))).findAny().get();
			assertThat(first.get("dueDate")).isEqualTo(provisional);
			assertThat((String) first.get("body")).contains("Hạn trả lời")
				.contains(shown(provisional))
				.contains("tạm tính");
			Map<?, ?> fixed = notices.stream()
				.filter((notice) -> "RECEIVED".equals(notice.get("kind")))
				.findAny()
				.get();
			assertThat(fixed.get("dueDate")).isEqualTo(firm);
			assertThat((String) fixed.get("body")).contains(shown(firm));
		});
	}

	@Test
	void theSignedLetterAndTheAgencysEvidenceTravelWithTheItemAndTheFrontChecksThemBeforeClosing() {
		String supervision = RunningServices.baseUrl(this.services.supervision);
		String tracking = RunningServices.baseUrl(this.services.recommendation);
		String agency = AGENCIES.get(0);
		String officer = this.issuer.token("canbo.so.nnmt", agency, "AGENCY_OFFICER");
		String otherAgency = this.issuer.token("canbo.xa.muongphang", AGENCIES.get(1), "AGENCY_OFFICER");
		String activityId = recordActivity(supervision);
		String activityDocuments = supervision + "/api/v1/activities/" + activityId + "/documents";
		byte[] scan = PaperTrail.pdf("125/KN-MTTQ-BTT");
		JsonNode signed = API.upload(activityDocuments, this.frontToken,
				new FilePart("125-KN-MTTQ-BTT đã ký.pdf", "application/pdf", scan), Map.of("purpose", "SIGNED_LETTER"))
			.expect("uploading the signed letter", 201);
		assertThat(signed.path("sha256").asString()).isEqualTo(PaperTrail.sha256(scan));

		JsonNode letter = API.created(supervision + "/api/v1/activities/" + activityId + "/letters", this.frontToken,
				"""
						{ "number": "%s", "issuedOn": "2026-11-20", "documents": ["%s"], "items": [
						  { "addresseeAgencyId": "%s", "content": "Công khai danh sách hộ được hỗ trợ.", "dueDate": "2026-12-21" } ] }"""
					.formatted("128/KN-MTTQ-BTT-" + System.nanoTime(), signed.path("id").asString(), agency));
		String item = recommendationIds(letter).get(0);

		// The agency is told of the item with its letter's scan, and may open that scan;
		// another agency may not.
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Map<?, ?> first = inbox(agency).stream()
				.filter((notice) -> item.equals(notice.get("recommendationId")) && "TRACKED".equals(notice.get("kind")))
				.findAny()
				.orElseThrow();
			assertThat((String) first.get("body")).contains("Kèm theo 1 tệp").contains("125-KN-MTTQ-BTT đã ký.pdf");
		});
		String scanUrl = supervision + signed.path("href").asString();
		assertThat(API.download(scanUrl, officer).content()).isEqualTo(scan);
		assertThat(API.download(scanUrl, otherAgency).status()).isEqualTo(404);

		// The agency reports the item done with its reply and a photograph as evidence.
		String itemUrl = tracking + "/api/v1/recommendations/" + item;
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(API.get(itemUrl, officer).status()).isEqualTo(200));
		API.send("POST", itemUrl + "/steps", officer, "{\"action\": \"ACCEPT\", \"note\": \"Sở tiếp thu.\"}")
			.expect("accepting", 201);
		byte[] reply = PaperTrail.pdf("Công văn 412/SNNMT trả lời kiến nghị");
		byte[] photo = PaperTrail.png();
		String replyId = API
			.upload(itemUrl + "/documents", officer, new FilePart("CV 412-SNNMT.pdf", "application/pdf", reply),
					Map.of("purpose", "REPLY"))
			.expect("uploading the reply", 201)
			.path("id")
			.asString();
		String photoId = API
			.upload(itemUrl + "/documents", officer, new FilePart("niem-yet-thon-1.png", "image/png", photo),
					Map.of("purpose", "EVIDENCE"))
			.expect("uploading the evidence", 201)
			.path("id")
			.asString();
		assertThat(API
			.upload(itemUrl + "/documents", officer, new FilePart("bao-cao.pdf", "application/pdf", PaperTrail.png()),
					Map.of())
			.status()).as("a picture declared as a PDF").isEqualTo(415);
		API.send("POST", itemUrl + "/steps", officer, """
				{ "action": "REPORT_RESOLUTION", "note": "Đã niêm yết tại 20 xã.", "documents": ["%s", "%s"] }"""
			.formatted(replyId, photoId)).expect("reporting it done", 201);

		// The Front official sees both files with their hashes, opens them, and closes
		// the
		// item; another agency sees neither.
		JsonNode documents = API.getJson(itemUrl + "/documents", this.frontToken);
		assertThat(documents.valueStream().map((document) -> document.path("sha256").asString()))
			.containsExactlyInAnyOrder(PaperTrail.sha256(reply), PaperTrail.sha256(photo));
		assertThat(API.download(itemUrl + "/documents/" + replyId, this.frontToken).content()).isEqualTo(reply);
		assertThat(API.download(itemUrl + "/documents/" + photoId, this.frontToken).content()).isEqualTo(photo);
		assertThat(API.download(itemUrl + "/documents/" + photoId, otherAgency).status()).isEqualTo(404);
		API.send("POST", itemUrl + "/steps", this.frontToken,
				"{\"action\": \"CLOSE_RESOLVED\", \"note\": \"Đã kiểm tra công văn và ảnh niêm yết.\"}")
			.expect("closing", 201);
		assertThat(API.getJson(itemUrl, this.frontToken).path("status").asString()).isEqualTo("CLOSED");

		// The letter itself, as the official document.
		String official = supervision + "/api/v1/activities/" + activityId + "/letters/" + letter.path("id").asString()
				+ "/official-document?format=";
		ApiClient.Download docx = API.download(official + "DOCX", this.frontToken);
		assertThat(docx.status()).isEqualTo(200);
		assertThat(new String(docx.content(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
		ApiClient.Download pdf = API.download(official + "PDF", this.frontToken);
		assertThat(pdf.header("content-type")).startsWith("application/pdf");
		assertThat(new String(pdf.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	/**
	 * Marks the letter's events unsent, as after a crash between publishing and marking,
	 * so the relay publishes the very same events (same ids) a second time.
	 */
	private void publishTheLettersEventsAgain(String letterId) {
		MongoTemplate mongo = this.services.supervision.getBean(MongoTemplate.class);
		Update unsent = new Update();
		for (int i = 0; i < 3; i++) {
			unsent.unset("outbox." + i + ".sentAt");
		}
		mongo.updateFirst(Query.query(Criteria.where("_id").is(letterId)), unsent, "letters");
	}

	private String recordActivity(String supervision) {
		return API.created(supervision + "/api/v1/activities", this.frontToken, """
				{ "kind": "SUPERVISION", "title": "Giám sát chính sách giảm nghèo bền vững",
				  "supervisingBodyId": "ubmttq-tinh-dien-bien",
				  "supervisedAgencyIds": ["so-nong-nghiep-moi-truong-dien-bien", "ubnd-xa-muong-phang"],
				  "form": "DELEGATION", "level": "PROVINCE", "startDate": "2026-10-05" }""").path("id").asString();
	}

	private JsonNode issueLetterWithThreeItems(String number) {
		String activities = RunningServices.baseUrl(this.services.supervision) + "/api/v1/activities";
		String activityId = recordActivity(RunningServices.baseUrl(this.services.supervision));
		return API.created(activities + "/" + activityId + "/letters", this.frontToken,
				"""
						{ "number": "%s", "issuedOn": "2026-11-20", "items": [
						  { "addresseeAgencyId": "so-nong-nghiep-moi-truong-dien-bien", "content": "Rà soát danh sách hộ được hỗ trợ.", "dueDate": "2026-12-21" },
						  { "addresseeAgencyId": "ubnd-xa-muong-phang", "content": "Niêm yết kết quả bình xét hộ nghèo.", "dueDate": "2026-12-15" },
						  { "addresseeAgencyId": "ubnd-xa-muong-phang", "content": "Báo cáo tiến độ giải ngân vốn hỗ trợ nhà ở." } ] }"""
					.formatted(number));
	}

	/** The items an agency's inbox told it of as new. */
	private List<String> firstNotices(String agency) {
		return inbox(agency).stream()
			.filter((notice) -> "TRACKED".equals(notice.get("kind")))
			.map((notice) -> (String) notice.get("recommendationId"))
			.toList();
	}

	private static String shown(String isoDate) {
		return LocalDate.parse(isoDate).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	private List<Map<?, ?>> inbox(String agency) {
		Map<?, ?> page = this.notification.get()
			.uri("/api/v1/organisations/{org}/notifications?size=200", agency)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((List<?>) page.get("content")).stream().<Map<?, ?>>map((notice) -> (Map<?, ?>) notice).toList();
	}

	private static List<String> recommendationIds(JsonNode letter) {
		return letter.path("items").valueStream().map((item) -> item.path("recommendationId").asString()).toList();
	}

	private static double counter(org.springframework.context.ApplicationContext context, String name) {
		return context.getBean(MeterRegistry.class).counter(name).count();
	}

	private static RestTestClient client(String baseUrl, String token) {
		return RestTestClient.bindToServer().baseUrl(baseUrl).defaultHeader("Authorization", "Bearer " + token).build();
	}

}
