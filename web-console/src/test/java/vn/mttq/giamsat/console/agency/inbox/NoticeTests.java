package vn.mttq.giamsat.console.agency.inbox;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeTests {

	private static final String URL = "https://api.example.vn/recommendation/api/v1/recommendations/r1/documents/d1";

	@Test
	void theShownBodyDropsOnlyTheLinesGivingADocumentsAddress() {
		Notice notice = notice("Có trả lời mới.\n- tra-loi.pdf (1,2 MB): " + URL + "\n" + URL + "\nXem " + URL + "-cu",
				new Notice.Document("d1", "tra-loi.pdf", "application/pdf", 1_258_291, "recommendation-service", URL));

		assertThat(notice.shownBody()).isEqualTo("Có trả lời mới.\nXem " + URL + "-cu");
	}

	@Test
	void aDocumentWithoutAnAddressLeavesTheBodyAsItIs() {
		String body = "Có trả lời mới.\n- tra-loi.pdf (1,2 MB)";
		Notice notice = notice(body,
				new Notice.Document("d1", "tra-loi.pdf", "application/pdf", 1_258_291, "recommendation-service", null));

		assertThat(notice.shownBody()).isEqualTo(body);
		assertThat(notice.linksDocuments()).isTrue();
	}

	private static Notice notice(String body, Notice.Document document) {
		return new Notice("n1", "ANSWERED", "Có trả lời", body, "2026-12-01T02:00:00Z", null, "r1", null, null,
				List.of(document));
	}

}
