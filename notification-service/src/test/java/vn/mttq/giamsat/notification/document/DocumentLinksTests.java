package vn.mttq.giamsat.notification.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.notification.support.Documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A document's link is the public address of the service that keeps it followed by the
 * path its event gives; without such an address it has none.
 */
class DocumentLinksTests {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	@Test
	void linksADocumentToTheServiceThatKeepsIt() {
		DocumentLinks links = new DocumentLinks(Map.of("supervision-service", "https://mttq.example/giamsat/"));

		assertThat(links.attach(List.of(Documents.signedScan("act-1")))).singleElement()
			.extracting(AttachedDocument::url)
			.isEqualTo("https://mttq.example/giamsat/api/v1/activities/act-1/documents/d-scan");
	}

	@Test
	void aDocumentOfAServiceNotConfiguredOrLeftBlankHasNoLink() {
		DocumentLinks links = new DocumentLinks(Map.of("recommendation-service", " "));

		assertThat(links.attach(List.of(Documents.reply("rec-1"), Documents.signedScan("act-1"))))
			.extracting(AttachedDocument::url)
			.containsOnlyNulls();
	}

	@Test
	void refusesAnAddressThatIsNotAWebAddress() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DocumentLinks(Map.of("supervision-service", "localhost:8081")))
			.withMessageContaining("giamsat.notification.document-links.supervision-service");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DocumentLinks(Map.of("supervision-service", "ftp://files.example")));
	}

	@Test
	void writesSizesAsPeopleReadThemInEachLanguage() {
		assertThat(AttachedDocument.readableSize(Documents.SCAN_SIZE, VIETNAMESE)).isEqualTo("1,2 MB");
		assertThat(AttachedDocument.readableSize(Documents.SCAN_SIZE, Locale.ENGLISH)).isEqualTo("1.2 MB");
		assertThat(AttachedDocument.readableSize(900, VIETNAMESE)).isEqualTo("900 B");
		assertThat(AttachedDocument.readableSize(2048, VIETNAMESE)).isEqualTo("2 KB");
		assertThat(AttachedDocument.readableSize(1_048_570, Locale.ENGLISH)).isEqualTo("1 MB");
		assertThat(AttachedDocument.readableSize(5L * 1024 * 1024 * 1024, Locale.ENGLISH)).isEqualTo("5 GB");
	}

}
