package vn.mttq.giamsat.recommendation.tracking.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.Uploads;
import vn.mttq.giamsat.recommendation.tracking.RecommendationTracking;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency's reply and evidence kept with the recommendation: uploaded, named by its
 * steps, carried by their events, read and downloaded by whoever sees the item, kept
 * after the item closes, and purged only by an administrator.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationDocumentsApiTests {

	private static final String FRONT = "ubmttq-tinh-tep";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	RecommendationTracking tracking;

	LocalIssuer issuer;

	String agency;

	String id;

	@BeforeEach
	void recommendation(LocalIssuer issuer) {
		this.issuer = issuer;
		this.agency = "so-tep-" + UUID.randomUUID();
		this.id = issue(this.agency, List.of());
	}

	@Test
	void theAgencyUploadsItsReplyAndEvidenceAndReportsDoneReferencingThem(LocalStack stack) {
		byte[] reply = Uploads.pdf("Công văn trả lời số 15/SNN");
		Map<String, Object> uploaded = Uploads.send(agency(), this.id, "cong-van-tra-loi.pdf", reply, "REPLY")
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		String replyId = (String) uploaded.get("id");
		String replyHref = "/api/v1/recommendations/" + this.id + "/documents/" + replyId;
		assertThat(uploaded).containsEntry("name", "cong-van-tra-loi.pdf")
			.containsEntry("purpose", "REPLY")
			.containsEntry("contentType", "application/pdf")
			.containsEntry("sha256", sha256(reply))
			.containsEntry("href", replyHref);
		step(agency(), "{\"action\": \"ACCEPT\", \"note\": \"Sở tiếp thu.\", \"documents\": [\"" + replyId + "\"]}")
			.expectStatus()
			.isCreated();
		String evidence = Uploads.upload(agency(), this.id, "bien-ban-cong-khai.pdf", "EVIDENCE");

		step(agency(),
				"{\"action\": \"REPORT_RESOLUTION\", \"note\": \"Đã công khai tại 20 xã.\", \"documents\": [\""
						+ evidence + "\"]}")
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.transition")
			.isEqualTo("RESOLUTION_REPORTED")
			.jsonPath("$.documents[0].id")
			.isEqualTo(evidence)
			.jsonPath("$.documents[0].name")
			.isEqualTo("bien-ban-cong-khai.pdf");

		List<RecommendationLifecycleEvent> events = events(stack, 3);
		assertThat(events).extracting(RecommendationLifecycleEvent::transition)
			.containsExactly("TRACKED", "ACCEPTED", "RESOLUTION_REPORTED");
		assertThat(events.get(1).documents()).singleElement()
			.isEqualTo(new DocumentReference(replyId, "cong-van-tra-loi.pdf", "application/pdf", reply.length,
					sha256(reply), "recommendation-service", replyHref));
		assertThat(events.get(2).documents()).extracting(DocumentReference::id).containsExactly(evidence);
	}

	@Test
	void theFrontOfficialReviewingTheReportSeesTheFilesDownloadsThemAndCloses() {
		step(agency(), "{\"action\": \"ACCEPT\", \"note\": \"Sở tiếp thu.\"}").expectStatus().isCreated();
		String evidence = Uploads.upload(agency(), this.id, "bien-ban.pdf", "EVIDENCE");
		step(agency(),
				"{\"action\": \"REPORT_RESOLUTION\", \"note\": \"Đã xong.\", \"documents\": [\"" + evidence + "\"]}")
			.expectStatus()
			.isCreated();

		Map<String, Object> shown = front().get()
			.uri("/api/v1/recommendations/{id}/steps/3", this.id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		@SuppressWarnings("unchecked")
		Map<String, Object> reported = ((List<Map<String, Object>>) shown.get("documents")).get(0);
		assertThat(reported).containsEntry("name", "bien-ban.pdf")
			.containsEntry("size", Uploads.pdf("bien-ban.pdf").length)
			.containsEntry("sha256", sha256(Uploads.pdf("bien-ban.pdf")));
		front().get()
			.uri("/api/v1/recommendations/{id}/documents", this.id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].id")
			.<List<String>>value((ids) -> assertThat(ids).containsExactly(evidence));

		byte[] downloaded = front().get()
			.uri((String) reported.get("href"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(downloaded).isEqualTo(Uploads.pdf("bien-ban.pdf"));
		assertThat(sha256(downloaded)).isEqualTo(reported.get("sha256"));
		step(front(), "{\"action\": \"CLOSE_RESOLVED\"}").expectStatus().isCreated();
	}

	@Test
	void anotherAgencysOfficerCannotListOrDownloadTheEvidence() {
		String evidence = Uploads.upload(agency(), this.id, "bien-ban.pdf", "EVIDENCE");
		RestTestClient other = Callers.as(this.port, this.issuer, "so-khac-" + UUID.randomUUID(), "AGENCY_OFFICER");

		other.get()
			.uri("/api/v1/recommendations/{id}/documents", this.id)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		other.get()
			.uri("/api/v1/recommendations/{id}/documents/{d}", this.id, evidence)
			.exchange()
			.expectStatus()
			.isNotFound();
		Uploads.send(other, this.id, "gia-mao.pdf", Uploads.pdf("giả mạo"), null).expectStatus().isNotFound();
	}

	@Test
	void aStepNamingAFileNeverUploadedAnotherItemsFileOrOneAlreadyAttachedIsRefusedOnThatFile() {
		step(agency(), "{\"action\": \"ACCEPT\", \"note\": \"Sở tiếp thu.\"}").expectStatus().isCreated();
		String otherItem = issue(this.agency, List.of());
		String otherItemsFile = Uploads.upload(agency(), otherItem, "khac.pdf", "EVIDENCE");
		String attached = Uploads.upload(agency(), this.id, "tien-do.pdf", "EVIDENCE");
		step(agency(), progress(attached)).expectStatus().isCreated();

		for (String refused : List.of(UUID.randomUUID().toString(), otherItemsFile, attached)) {
			step(agency(), progress(refused)).expectStatus()
				.isEqualTo(422)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("documents[0]");
		}
		assertStatusAndSteps("IN_PROGRESS", 3);
	}

	@Test
	void aResolutionReportWithoutFilesIsRefused() {
		step(agency(), "{\"action\": \"ACCEPT\", \"note\": \"Sở tiếp thu.\"}").expectStatus().isCreated();

		step(agency(), "{\"action\": \"REPORT_RESOLUTION\", \"note\": \"Đã xong.\"}").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("documents");
		assertStatusAndSteps("ACCEPTED", 2);
	}

	@Test
	void trackingKeepsTheLettersSignedScanAndItsEventCarriesIt(LocalStack stack) {
		DocumentReference scan = new DocumentReference("scan-1", "12-KN-MTTQ-ky.pdf", "application/pdf", 2048,
				"ab".repeat(32), "supervision-service", "/api/v1/activities/activity-tep/documents/scan-1");
		this.id = issue(this.agency, List.of(scan));

		front().get()
			.uri("/api/v1/recommendations/{id}", this.id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.letterDocuments[0].href")
			.isEqualTo(scan.href())
			.jsonPath("$.history[0].documents[0].id")
			.isEqualTo("scan-1");
		assertThat(events(stack, 1).get(0).documents()).containsExactly(scan);
	}

	@Test
	void aWithdrawnItemKeepsItsFiles() {
		String evidence = Uploads.upload(agency(), this.id, "bien-ban.pdf", "EVIDENCE");

		this.tracking.withdraw(new RecommendationWithdrawn(UUID.randomUUID().toString(), Instant.now(), this.id,
				"letter-tep", FRONT, this.agency, "Rút do trùng lặp.", "canbo.mttq"));

		assertStatusAndSteps("CLOSED", 2);
		agency().get()
			.uri("/api/v1/recommendations/{id}/documents/{d}", this.id, evidence)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.isEqualTo(Uploads.pdf("bien-ban.pdf"));
	}

	@Test
	void anAdministratorPurgesAFileWithAReasonOnTheHistoryAndItsDownloadIsGone() {
		String evidence = Uploads.upload(agency(), this.id, "ca-nhan.pdf", "EVIDENCE");
		String reason = "Tải nhầm tệp chứa thông tin cá nhân";

		purge(admin(), evidence, "{\"reason\": \"" + reason + "\"}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(evidence)
			.jsonPath("$.purged.reason")
			.isEqualTo(reason);

		front().get()
			.uri("/api/v1/recommendations/{id}", this.id)
			.exchange()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("AWAITING_RESPONSE")
			.jsonPath("$.history[1].transition")
			.isEqualTo("DOCUMENT_PURGED")
			.jsonPath("$.history[1].status")
			.isEqualTo("AWAITING_RESPONSE")
			.jsonPath("$.history[1].note")
			.isEqualTo(reason)
			.jsonPath("$.history[1].documents[0].id")
			.isEqualTo(evidence)
			.jsonPath("$.history[1].publishedEventId")
			.doesNotExist();
		front().get()
			.uri("/api/v1/recommendations/{id}/documents/{d}", this.id, evidence)
			.exchange()
			.expectStatus()
			.isEqualTo(410)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.value((problem) -> assertThat(problem).contains(reason));
		purge(admin(), evidence, "{\"reason\": \"Lần nữa\"}").expectStatus().isEqualTo(409);
	}

	@Test
	void aPurgeWithoutAReasonIsRefused() {
		String evidence = Uploads.upload(agency(), this.id, "bien-ban.pdf", "EVIDENCE");

		purge(admin(), evidence, "{}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		purge(admin(), evidence, "{\"reason\": \"Dòng một\\nDòng hai\"}").expectStatus().isBadRequest();
	}

	@Test
	void onlyAnAdministratorPurges() {
		String evidence = Uploads.upload(agency(), this.id, "bien-ban.pdf", "EVIDENCE");

		purge(agency(), evidence, "{\"reason\": \"Không cần nữa\"}").expectStatus().isForbidden();
		purge(front(), evidence, "{\"reason\": \"Không cần nữa\"}").expectStatus().isForbidden();
		agency().get()
			.uri("/api/v1/recommendations/{id}/documents/{d}", this.id, evidence)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private String issue(String agency, List<DocumentReference> letterDocuments) {
		String recommendationId = UUID.randomUUID().toString();
		LocalDate today = LocalDate.now(TrackedRecommendation.VIETNAM);
		this.tracking.track(new RecommendationIssued(UUID.randomUUID().toString(), Instant.now(), recommendationId,
				"letter-tep", "12/KN-MTTQ", "activity-tep", FRONT, agency, "Công khai danh sách hộ nghèo", today,
				today.plusDays(30), null, null, null, null, null, List.of(), null, letterDocuments));
		return recommendationId;
	}

	private static String progress(String document) {
		return "{\"action\": \"REPORT_PROGRESS\", \"note\": \"Đã rà soát 12 xã.\", \"documents\": [\"" + document
				+ "\"]}";
	}

	private List<RecommendationLifecycleEvent> events(LocalStack stack, int count) {
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.RECOMMENDATION_LIFECYCLE)) {
			return reader.await((record) -> this.id.equals(record.key()), count, Duration.ofSeconds(30))
				.stream()
				.map((record) -> JSON.readValue(record.value(), RecommendationLifecycleEvent.class))
				.toList();
		}
	}

	private void assertStatusAndSteps(String status, int steps) {
		front().get()
			.uri("/api/v1/recommendations/{id}", this.id)
			.exchange()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.history.length()")
			.isEqualTo(steps);
	}

	private RestTestClient agency() {
		return Callers.as(this.port, this.issuer, this.agency, "AGENCY_OFFICER");
	}

	private RestTestClient front() {
		return Callers.as(this.port, this.issuer, FRONT, "FRONT_OFFICIAL");
	}

	private RestTestClient admin() {
		return Callers.as(this.port, this.issuer, "mttq-trung-uong", "ADMIN");
	}

	private RestTestClient.ResponseSpec step(RestTestClient client, String body) {
		return client.post()
			.uri("/api/v1/recommendations/{id}/steps", this.id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

	private RestTestClient.ResponseSpec purge(RestTestClient client, String document, String body) {
		return client.post()
			.uri("/api/v1/recommendations/{id}/documents/{d}/purge", this.id, document)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
