package vn.mttq.giamsat.notification.message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.notification.document.AttachedDocument;
import vn.mttq.giamsat.notification.document.DocumentLinks;
import vn.mttq.giamsat.notification.recipients.DueDate;
import vn.mttq.giamsat.notification.recipients.NotifiableEvent;
import vn.mttq.giamsat.notification.recipients.Recipient;
import vn.mttq.giamsat.notification.recipients.RecipientRole;
import vn.mttq.giamsat.notification.support.Documents;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A notice says which files came with the step it tells of: how many, each with its name,
 * its size and its download link where the service that keeps it has a public address.
 */
class DocumentsInNoticesTests {

	static final String SUPERVISION = "https://giamsat.example/supervision";

	static final String RECOMMENDATIONS = "https://giamsat.example/recommendations/";

	static final Recipient AGENCY = new Recipient("so-x", RecipientRole.ADDRESSEE);

	static final Recipient FRONT = new Recipient("ubmttq-tinh", RecipientRole.ISSUER);

	final Map<String, String> overrides = new HashMap<>();

	final MessageTemplates templates = templates();

	@Test
	void theFirstNoticeOfAnItemWhoseLetterHasASignedScanSaysOneFileIsAttachedWithItsNameSizeAndLink() {
		RenderedMessage notice = this.templates.render(step("TRACKED", Documents.signedScan("act-1")), AGENCY,
				Language.VI);

		String link = SUPERVISION + "/api/v1/activities/act-1/documents/d-scan";
		assertThat(notice.body()).contains("\nKèm theo 1 tệp:\n- 125-KN-MTTQ-BTT.pdf (1,2 MB): " + link + "\n")
			.as("listed after the message, before the item's own link")
			.endsWith("Xem chi tiết: https://giamsat.example/api/v1/recommendations/rec-1");
		assertThat(notice.documents()).singleElement().satisfies((document) -> {
			assertThat(document.url()).isEqualTo(link);
			assertThat(document.service()).isEqualTo("supervision-service");
			assertThat(document.size()).isEqualTo(Documents.SCAN_SIZE);
		});
	}

	@Test
	void aResolutionReportWithTwoFilesTellsTheIssuerTwoFilesAreAttached() {
		RenderedMessage notice = this.templates.render(
				step("RESOLUTION_REPORTED", Documents.reply("rec-1"), Documents.evidence("rec-1")), FRONT, Language.VI);

		assertThat(notice.body()).contains("Kèm theo 2 tệp:\n"
				+ "- CV-412.pdf (179,1 KB): https://giamsat.example/recommendations/api/v1/recommendations/rec-1/documents/d-reply\n"
				+ "- Ảnh hiện trường.jpg (3,5 MB): https://giamsat.example/recommendations/api/v1/recommendations/rec-1/documents/d-photo");
		assertThat(notice.documents()).extracting(AttachedDocument::name)
			.containsExactly("CV-412.pdf", "Ảnh hiện trường.jpg");
	}

	@Test
	void englishNoticesSayHowManyFilesAreAttachedWithSizesWrittenTheEnglishWay() {
		assertThat(this.templates.render(step("TRACKED", Documents.signedScan("act-1")), AGENCY, Language.EN).body())
			.contains("\n1 file attached:\n- 125-KN-MTTQ-BTT.pdf (1.2 MB): " + SUPERVISION)
			.doesNotContain("Kèm theo");
		assertThat(this.templates
			.render(step("RESOLUTION_REPORTED", Documents.reply("rec-1"), Documents.evidence("rec-1")), FRONT,
					Language.EN)
			.body()).contains("\n2 files attached:\n- CV-412.pdf (179.1 KB): ")
			.contains("\n- Ảnh hiện trường.jpg (3.5 MB): ");
	}

	@Test
	void aDocumentOfAServiceWithoutAPublicAddressIsNamedWithoutALink() {
		RenderedMessage notice = this.templates.render(
				step("ACCEPTED", Documents.kept("archive-service", "Biên bản.pdf", 512), Documents.reply("rec-1")),
				FRONT, Language.VI);

		assertThat(notice.body()).contains("Kèm theo 2 tệp:\n- Biên bản.pdf (512 B)\n- CV-412.pdf (179,1 KB): https://")
			.doesNotContain("/api/v1/files/");
		assertThat(notice.documents()).first().satisfies((document) -> assertThat(document.url()).isNull());
	}

	@Test
	void aStepThatCameWithNoDocumentsSaysNothingOfAttachments() {
		for (Language language : Language.values()) {
			assertThat(this.templates.render(step("ACCEPTED"), FRONT, language).body()).as("%s", language)
				.doesNotContain("Kèm theo")
				.doesNotContain("attached")
				.doesNotContain("{");
		}
		assertThat(this.templates.render(step("ACCEPTED"), FRONT, Language.VI).documents()).isEmpty();
	}

	@Test
	void aWordingThatPlacesTheDocumentsItselfHasThemThereAndNotListedAgain() {
		this.overrides.put("RESOLUTION_REPORTED.intro",
				"{addressee} báo cáo đã giải quyết, kèm {documentCount} tệp minh chứng:\n{documents}");

		String body = this.templates
			.render(step("RESOLUTION_REPORTED", Documents.reply("rec-1"), Documents.evidence("rec-1")), FRONT,
					Language.VI)
			.body();

		assertThat(body).startsWith("«so-x» báo cáo đã giải quyết, kèm 2 tệp minh chứng:\n- CV-412.pdf (179,1 KB)")
			.doesNotContain("Kèm theo");
		assertThat(MessageTemplates.wordingProblem("Kèm {documentCount} tệp: {documents}")).isEmpty();
		this.overrides.put("TRACKED.title", "Văn bản {letterNumber}, kèm theo:\n{documents}");
		assertThat(this.templates.render(step("TRACKED", Documents.signedScan("act-1")), AGENCY, Language.VI).title())
			.as("a title is one line")
			.isEqualTo("Văn bản 125/KN-MTTQ-BTT, kèm theo: - 125-KN-MTTQ-BTT.pdf (1,2 MB): " + SUPERVISION
					+ "/api/v1/activities/act-1/documents/d-scan");
	}

	private MessageTemplates templates() {
		OrganisationDirectory directory = mock(OrganisationDirectory.class);
		given(directory.nameOf(anyString())).willAnswer((call) -> "«" + call.getArgument(0) + "»");
		DocumentLinks links = new DocumentLinks(
				Map.of("supervision-service", SUPERVISION, "recommendation-service", RECOMMENDATIONS));
		return new MessageTemplates(directory, (language) -> this.overrides, "https://giamsat.example/api/v1", links);
	}

	private static NotifiableEvent step(String kind, DocumentReference... documents) {
		return new NotifiableEvent("e-1", "type", kind, Instant.parse("2026-04-02T03:15:00Z"), "rec-1",
				"RECOMMENDATION", "125/KN-MTTQ-BTT", "ubmttq-tinh", "so-x", List.of(), List.of(),
				"Rà soát danh sách hộ nghèo", LocalDate.of(2026, 4, 2),
				DueDate.firm(LocalDate.of(2026, 5, 4), "Hạn do người ban hành đặt: 04/05/2026."), null, false, null,
				List.of(documents));
	}

}
