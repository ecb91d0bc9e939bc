package vn.mttq.giamsat.notification.inbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.support.Documents;
import vn.mttq.giamsat.notification.support.Events;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inbox shows which files came with a step: the notice says so and lists them, and
 * the notification carries their references with their download links, from the public
 * addresses configured by default (supervision-service on 8081, recommendation-service on
 * 8082).
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentsInInboxTests {

	static final String FRONT = "ubmttq-tinh-dien-bien";

	@LocalServerPort
	int port;

	LocalIssuer issuer;

	@BeforeEach
	void issuer(LocalIssuer issuer) {
		this.issuer = issuer;
	}

	@Test
	void theFirstNoticeOfAnItemWhoseLetterHasASignedScanSaysOneFileIsAttached(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();
		String link = "http://localhost:8081/api/v1/activities/act-1/documents/d-scan";

		Events.tracked(UUID.randomUUID().toString(), FRONT, agency, List.of())
			.withDocuments(Documents.signedScan("act-1"))
			.sendTo(stack.kafka().bootstrapServers());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> inboxOf(agency, "AGENCY_OFFICER").expectBody()
				.jsonPath("$.content[0].body")
				.<String>value(
						(body) -> assertThat(body).contains("Kèm theo 1 tệp:\n- 125-KN-MTTQ-BTT.pdf (1,2 MB): " + link))
				.jsonPath("$.content[0].documents.length()")
				.isEqualTo(1)
				.jsonPath("$.content[0].documents[0].name")
				.isEqualTo("125-KN-MTTQ-BTT.pdf")
				.jsonPath("$.content[0].documents[0].size")
				.isEqualTo((int) Documents.SCAN_SIZE)
				.jsonPath("$.content[0].documents[0].service")
				.isEqualTo("supervision-service")
				.jsonPath("$.content[0].documents[0].href")
				.isEqualTo("/api/v1/activities/act-1/documents/d-scan")
				.jsonPath("$.content[0].documents[0].url")
				.isEqualTo(link));
	}

	@Test
	void aResolutionReportWithTwoFilesTellsTheIssuerTwoFilesAreAttached(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();
		String front = "ubmttq-" + UUID.randomUUID();
		String id = UUID.randomUUID().toString();

		Events.step(id, 5, "RESOLUTION_REPORTED", front, agency, List.of(), List.of(), null)
			.withDocuments(Documents.reply(id), Documents.evidence(id))
			.sendTo(stack.kafka().bootstrapServers());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> inboxOf(front, "FRONT_OFFICIAL").expectBody()
				.jsonPath("$.content[0].kind")
				.isEqualTo("RESOLUTION_REPORTED")
				.jsonPath("$.content[0].recipientRole")
				.isEqualTo("ISSUER")
				.jsonPath("$.content[0].body")
				.<String>value((body) -> assertThat(body).contains("Kèm theo 2 tệp:\n- CV-412.pdf (179,1 KB): "
						+ "http://localhost:8082/api/v1/recommendations/" + id + "/documents/d-reply\n"
						+ "- Ảnh hiện trường.jpg (3,5 MB): http://localhost:8082/api/v1/recommendations/" + id
						+ "/documents/d-photo"))
				.jsonPath("$.content[0].documents[*].name")
				.isEqualTo(List.of("CV-412.pdf", "Ảnh hiện trường.jpg")));
	}

	@Test
	void aStepWrittenBeforeDocumentsExistedIsToldAsBefore(LocalStack stack) {
		String agency = "so-" + UUID.randomUUID();

		Events.tracked(UUID.randomUUID().toString(), FRONT, agency, List.of())
			.withoutDocuments()
			.sendTo(stack.kafka().bootstrapServers());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> inboxOf(agency, "AGENCY_OFFICER").expectBody()
				.jsonPath("$.content[0].title")
				.isEqualTo("Kiến nghị mới theo văn bản số 125/KN-MTTQ-BTT")
				.jsonPath("$.content[0].body")
				.<String>value(
						(body) -> assertThat(body).contains("Hạn trả lời: 04/05/2026.").doesNotContain("Kèm theo"))
				.jsonPath("$.content[0].documents")
				.isEmpty());
	}

	private RestTestClient.ResponseSpec inboxOf(String organisation, String role) {
		return Callers.as(this.port, this.issuer, organisation, role)
			.get()
			.uri("/api/v1/organisations/{org}/notifications", organisation)
			.exchange();
	}

}
