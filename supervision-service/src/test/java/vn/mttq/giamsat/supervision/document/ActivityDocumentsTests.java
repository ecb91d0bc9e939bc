package vn.mttq.giamsat.supervision.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An activity keeps its papers: its body's officials add them, the Front reads them, an
 * administrator purges one's content with a reason.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityDocumentsTests {

	static final String BODY = "ubmttq-tinh-db";

	@LocalServerPort
	int port;

	RestTestClient official;

	RestTestClient admin;

	String activityId;

	@BeforeEach
	void activity(LocalIssuer issuer) {
		this.official = Callers.as(this.port, issuer, BODY, "FRONT_OFFICIAL");
		this.admin = Callers.as(this.port, issuer, BODY, "ADMIN");
		this.activityId = DocumentRequests.recordActivity(this.official, BODY, "so-nong-nghiep-db");
	}

	@Test
	void keepsTheMinutesAndTheSignedScanOfAnActivityWithTheirDigests() {
		byte[] minutes = DocumentRequests.pdf("bien ban");
		String location = DocumentRequests
			.upload(this.official, this.activityId, "Biên bản làm việc.pdf", minutes, "MINUTES")
			.expectStatus()
			.isCreated()
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.getPath();
		Map<?, ?> scan = DocumentRequests.uploaded(this.official, this.activityId, "KN-125.pdf",
				DocumentRequests.pdf("scan"), "SIGNED_LETTER");

		assertThat(location).startsWith("/api/v1/activities/" + this.activityId + "/documents/");
		assertThat(scan.get("href"))
			.isEqualTo("/api/v1/activities/" + this.activityId + "/documents/" + scan.get("id"));
		this.official.get()
			.uri("/api/v1/activities/{a}/documents", this.activityId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].purpose")
			.isEqualTo(List.of("MINUTES", "SIGNED_LETTER"))
			.jsonPath("$[0].name")
			.isEqualTo("Biên bản làm việc.pdf")
			.jsonPath("$[0].contentType")
			.isEqualTo("application/pdf")
			.jsonPath("$[0].sha256")
			.isEqualTo(DocumentRequests.sha256(minutes))
			.jsonPath("$[0].href")
			.isEqualTo(location);
	}

	@Test
	void keepsAPaperWithoutPurposeAsOther() {
		Map<?, ?> paper = DocumentRequests.uploaded(this.official, this.activityId, "ghi-chu.pdf",
				DocumentRequests.pdf("ghi chu"), null);

		assertThat(paper.get("purpose")).isEqualTo("OTHER");
	}

	@Test
	void refusesAFileWhoseBytesAreNoPaperAndKeepsNothing() {
		byte[] program = "MZ\u0090\u0000 not a paper".getBytes(StandardCharsets.ISO_8859_1);

		DocumentRequests.upload(this.official, this.activityId, "bien-ban.pdf", program, "MINUTES")
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.official.get()
			.uri("/api/v1/activities/{a}/documents", this.activityId)
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
	}

	@Test
	void aCommuneOfficialOfAnotherBodyReadsThePapersButCannotAddOne(LocalIssuer issuer) {
		Map<?, ?> minutes = DocumentRequests.uploaded(this.official, this.activityId, "bien-ban.pdf",
				DocumentRequests.pdf("bien ban"), "MINUTES");
		RestTestClient commune = Callers.as(this.port, issuer, "ubmttq-xa-muong-phang", "FRONT_OFFICIAL");

		DocumentRequests.upload(commune, this.activityId, "khac.pdf", DocumentRequests.pdf("khac"), "OTHER")
			.expectStatus()
			.isForbidden();
		commune.get()
			.uri("/api/v1/activities/{a}/documents/{d}", this.activityId, minutes.get("id"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void anAgencyTheActivityDoesNotSuperviseFindsNeitherItNorItsPapers(LocalIssuer issuer) {
		Map<?, ?> minutes = DocumentRequests.uploaded(this.official, this.activityId, "bien-ban.pdf",
				DocumentRequests.pdf("bien ban"), "MINUTES");
		RestTestClient agency = Callers.as(this.port, issuer, "so-tai-chinh-db", "AGENCY_OFFICER");

		agency.get().uri("/api/v1/activities/{a}/documents", this.activityId).exchange().expectStatus().isNotFound();
		agency.get()
			.uri("/api/v1/activities/{a}/documents/{d}", this.activityId, minutes.get("id"))
			.exchange()
			.expectStatus()
			.isNotFound();
		DocumentRequests.upload(agency, this.activityId, "khac.pdf", DocumentRequests.pdf("khac"), "OTHER")
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aSupervisedAgencySeesNoPaperThatCameWithNoLetterToIt(LocalIssuer issuer) {
		Map<?, ?> minutes = DocumentRequests.uploaded(this.official, this.activityId, "bien-ban.pdf",
				DocumentRequests.pdf("bien ban"), "MINUTES");
		RestTestClient agency = Callers.as(this.port, issuer, "so-nong-nghiep-db", "AGENCY_OFFICER");

		agency.get()
			.uri("/api/v1/activities/{a}/documents", this.activityId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
		agency.get()
			.uri("/api/v1/activities/{a}/documents/{d}", this.activityId, minutes.get("id"))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void anAdministratorPurgesAPaperWithAReasonKeptOnTheActivitysHistory() {
		Map<?, ?> minutes = DocumentRequests.uploaded(this.official, this.activityId, "bien-ban.pdf",
				DocumentRequests.pdf("bien ban"), "MINUTES");
		String reason = "Tải nhầm tệp chứa thông tin cá nhân";

		purge(this.admin, minutes.get("id"), reason).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(minutes.get("id"))
			.jsonPath("$.purged.reason")
			.isEqualTo(reason)
			.jsonPath("$.sha256")
			.isEqualTo(minutes.get("sha256"));

		this.official.get()
			.uri("/api/v1/activities/{a}/documents/{d}", this.activityId, minutes.get("id"))
			.exchange()
			.expectStatus()
			.isEqualTo(410);
		this.official.get()
			.uri("/api/v1/activities/{a}", this.activityId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.history[1].purgedDocumentId")
			.isEqualTo(minutes.get("id"))
			.jsonPath("$.history[1].note")
			.isEqualTo(reason)
			.jsonPath("$.history[1].to")
			.isEqualTo("PLANNED")
			.jsonPath("$.status")
			.isEqualTo("PLANNED");
		purge(this.admin, minutes.get("id"), "Lần nữa").expectStatus().isEqualTo(409);
	}

	@Test
	void onlyAnAdministratorPurgesAndOnlyWithAReasonOnOneLine() {
		Map<?, ?> minutes = DocumentRequests.uploaded(this.official, this.activityId, "bien-ban.pdf",
				DocumentRequests.pdf("bien ban"), "MINUTES");

		purge(this.official, minutes.get("id"), "Không cần nữa").expectStatus().isForbidden();
		purge(this.admin, minutes.get("id"), " ").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		purge(this.admin, minutes.get("id"), "Dòng một\\nDòng hai").expectStatus().isBadRequest();
		purge(this.admin, "no-such-document", "Không có").expectStatus().isNotFound();
		this.official.get()
			.uri("/api/v1/activities/{a}/documents/{d}", this.activityId, minutes.get("id"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private RestTestClient.ResponseSpec purge(RestTestClient http, Object documentId, String reason) {
		return http.post()
			.uri("/api/v1/activities/{a}/documents/{d}/purge", this.activityId, documentId)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"reason\": \"" + reason + "\" }")
			.exchange();
	}

}
