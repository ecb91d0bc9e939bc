package vn.mttq.giamsat.supervision.letter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.supervision.document.DocumentRequests;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter carries its signed scan: uploaded on its activity, named when the letter is
 * issued, referred to by every event of the letter and downloaded by its addressees only.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LetterDocumentsTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	RestTestClient http;

	String activityId;

	byte[] scanBytes;

	Map<?, ?> scan;

	Map<?, ?> minutes;

	@BeforeEach
	void activityWithItsPapers(LocalIssuer issuer) {
		this.http = LetterRequests.official(this.port, issuer);
		this.activityId = LetterRequests.recordActivity(this.http);
		this.minutes = DocumentRequests.uploaded(this.http, this.activityId, "Biên bản làm việc.pdf",
				DocumentRequests.pdf("bien ban " + System.nanoTime()), "MINUTES");
		this.scanBytes = DocumentRequests.pdf("KN-125 " + System.nanoTime());
		this.scan = DocumentRequests.uploaded(this.http, this.activityId, "KN-125 đã ký.pdf", this.scanBytes,
				"SIGNED_LETTER");
	}

	@Test
	void aLetterCarriesItsSignedScanAndEveryEventOfItRefersToIt(LocalStack stack) {
		Map<?, ?> letter = issue(
				withScan(LetterRequests.letter(number(), "so-nong-nghiep-db", "so-tai-chinh-db"), this.scan.get("id")));

		List<?> documents = (List<?>) letter.get("documents");
		assertThat(documents).hasSize(1);
		assertThat(((Map<?, ?>) documents.get(0)).get("href")).isEqualTo(this.scan.get("href"));
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.SUPERVISION_RECOMMENDATIONS)) {
			List<ConsumerRecord<String, byte[]>> records = reader.await(
					(record) -> new String(record.value(), StandardCharsets.UTF_8).contains((String) letter.get("id")),
					2, Duration.ofSeconds(30));
			for (ConsumerRecord<String, byte[]> record : records) {
				JsonNode reference = this.json.readTree(record.value()).path("letterDocuments").path(0);
				assertThat(reference.path("id").asString()).isEqualTo(this.scan.get("id"));
				assertThat(reference.path("sha256").asString()).isEqualTo(DocumentRequests.sha256(this.scanBytes));
				assertThat(reference.path("service").asString()).isEqualTo("supervision-service");
				assertThat(reference.path("href").asString()).isEqualTo(this.scan.get("href"));
				assertThat(reference.path("contentType").asString()).isEqualTo("application/pdf");
			}
		}
		this.http.get()
			.uri("/api/v1/activities/{a}/documents/{d}", this.activityId, this.scan.get("id"))
			.exchange()
			.expectStatus()
			.isOk();
		this.http.get()
			.uri("/api/v1/activities/{a}/documents", this.activityId)
			.exchange()
			.expectBody()
			.jsonPath("$[1].attachedTo")
			.isEqualTo(letter.get("id"));
	}

	@Test
	void theAddresseeDownloadsTheScanAsItWasUploadedAndSeesNoOtherPaper(LocalIssuer issuer) {
		issue(withScan(LetterRequests.letter(number(), "so-nong-nghiep-db"), this.scan.get("id")));
		RestTestClient addressee = Callers.as(this.port, issuer, "so-nong-nghiep-db", "AGENCY_OFFICER");

		byte[] downloaded = addressee.get()
			.uri("/api/v1/activities/{a}/documents/{d}", this.activityId, this.scan.get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();

		assertThat(downloaded).isEqualTo(this.scanBytes);
		assertThat(DocumentRequests.sha256(downloaded)).isEqualTo(this.scan.get("sha256"));
		addressee.get()
			.uri("/api/v1/activities/{a}/documents", this.activityId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].id")
			.isEqualTo(List.of(this.scan.get("id")));
		addressee.get()
			.uri("/api/v1/activities/{a}/documents/{d}", this.activityId, this.minutes.get("id"))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void anotherAgencyGetsNotFoundOnTheScanAndOnTheMinutes(LocalIssuer issuer) {
		issue(withScan(LetterRequests.letter(number(), "so-nong-nghiep-db"), this.scan.get("id")));
		// Supervised by the activity, so it sees the activity, but the letter is not
		// addressed to it.
		RestTestClient other = Callers.as(this.port, issuer, "so-tai-chinh-db", "AGENCY_OFFICER");

		for (Object id : List.of(this.scan.get("id"), this.minutes.get("id"))) {
			other.get()
				.uri("/api/v1/activities/{a}/documents/{d}", this.activityId, id)
				.exchange()
				.expectStatus()
				.isNotFound();
		}
	}

	@Test
	void anUnknownOrAnotherActivitysDocumentIsRefusedOnItsIndex() {
		String otherActivity = LetterRequests.recordActivity(this.http);
		Map<?, ?> elsewhere = DocumentRequests.uploaded(this.http, otherActivity, "khac.pdf",
				DocumentRequests.pdf("khac " + System.nanoTime()), "SIGNED_LETTER");

		refused(withScan(LetterRequests.letter(number(), "so-nong-nghiep-db"), "no-such-document"))
			.jsonPath("$.errors[0].field")
			.isEqualTo("documents[0]");
		refused(withScan(LetterRequests.letter(number(), "so-nong-nghiep-db"), this.scan.get("id"),
				elsewhere.get("id")))
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].field")
			.isEqualTo("documents[1]");
	}

	@Test
	void aScanAttachedToOneLetterCannotBeAttachedToAnother() {
		issue(withScan(LetterRequests.letter(number(), "so-nong-nghiep-db"), this.scan.get("id")));

		refused(withScan(LetterRequests.letter(number(), "so-tai-chinh-db"), this.scan.get("id")))
			.jsonPath("$.errors[0].field")
			.isEqualTo("documents[0]")
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).contains("KN-125 đã ký.pdf"));
	}

	@Test
	void withdrawingAnItemKeepsTheScan(LocalIssuer issuer) {
		Map<?, ?> letter = issue(withScan(LetterRequests.letter(number(), "so-nong-nghiep-db"), this.scan.get("id")));
		Object item = ((Map<?, ?>) ((List<?>) letter.get("items")).get(0)).get("recommendationId");

		this.http.post()
			.uri("/api/v1/activities/{a}/letters/{l}/items/{r}/withdrawal", this.activityId, letter.get("id"), item)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"reason\": \"Cơ quan đã khắc phục\" }")
			.exchange()
			.expectStatus()
			.isOk();

		byte[] downloaded = Callers.as(this.port, issuer, "so-nong-nghiep-db", "AGENCY_OFFICER")
			.get()
			.uri("/api/v1/activities/{a}/documents/{d}", this.activityId, this.scan.get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(downloaded).isEqualTo(this.scanBytes);
	}

	@Test
	void aPurgedScanIsGoneForItsAddresseeAndCannotComeWithALetter(LocalIssuer issuer) {
		Map<?, ?> signed = DocumentRequests.uploaded(this.http, this.activityId, "KN-126.pdf",
				DocumentRequests.pdf("KN-126 " + System.nanoTime()), "SIGNED_LETTER");
		issue(withScan(LetterRequests.letter(number(), "so-nong-nghiep-db"), this.scan.get("id")));
		RestTestClient admin = Callers.as(this.port, issuer, LetterRequests.FRONT_BODY, "ADMIN");
		for (Object id : List.of(this.scan.get("id"), signed.get("id"))) {
			admin.post()
				.uri("/api/v1/activities/{a}/documents/{d}/purge", this.activityId, id)
				.contentType(MediaType.APPLICATION_JSON)
				.body("{ \"reason\": \"Bản quét sai, đã thay bằng bản khác\" }")
				.exchange()
				.expectStatus()
				.isOk();
		}

		Callers.as(this.port, issuer, "so-nong-nghiep-db", "AGENCY_OFFICER")
			.get()
			.uri("/api/v1/activities/{a}/documents/{d}", this.activityId, this.scan.get("id"))
			.exchange()
			.expectStatus()
			.isEqualTo(410);
		refused(withScan(LetterRequests.letter(number(), "so-nong-nghiep-db"), signed.get("id")))
			.jsonPath("$.errors[0].field")
			.isEqualTo("documents[0]");
	}

	private Map<?, ?> issue(String body) {
		return this.http.post()
			.uri("/api/v1/activities/{a}/letters", this.activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private RestTestClient.BodyContentSpec refused(String body) {
		return this.http.post()
			.uri("/api/v1/activities/{a}/letters", this.activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody();
	}

	private static String withScan(String letter, Object... documentIds) {
		List<String> quoted = java.util.Arrays.stream(documentIds).map((id) -> "\"" + id + "\"").toList();
		return letter.substring(0, letter.lastIndexOf('}')) + ", \"documents\": [" + String.join(", ", quoted) + "] }";
	}

	private static String number() {
		return "KN-DOC-" + System.nanoTime();
	}

}
