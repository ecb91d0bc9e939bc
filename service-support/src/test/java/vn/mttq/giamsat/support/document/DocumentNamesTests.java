package vn.mttq.giamsat.support.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is left of an uploaded file's name.
 */
class DocumentNamesTests {

	@Test
	void aPathLeavesOnlyTheLastPart() {
		assertThat(DocumentNames.sanitize("C:\\Users\\an\\Desktop\\tra-loi.pdf", DocumentTypes.PDF))
			.isEqualTo("tra-loi.pdf");
		assertThat(DocumentNames.sanitize("../../etc/bao-cao.pdf", DocumentTypes.PDF)).isEqualTo("bao-cao.pdf");
	}

	@Test
	void controlAndBidiOverrideCharactersAreRemoved() {
		assertThat(DocumentNames.sanitize("hoa\u0000don\u202Efdp.exe.pdf", DocumentTypes.PDF))
			.isEqualTo("hoadonfdp.exe.pdf");
		assertThat(DocumentNames.sanitize("bien\tban\n.pdf", DocumentTypes.PDF)).isEqualTo("bienban.pdf");
	}

	@Test
	void aNameIsKeptInComposedUnicode() {
		String decomposed = "Tra\u0309 lo\u031Bi.pdf";
		assertThat(DocumentNames.sanitize(decomposed, DocumentTypes.PDF)).isEqualTo("Trả lơi.pdf");
	}

	@Test
	void aLongNameIsCutKeepingItsExtension() {
		String name = DocumentNames.sanitize("Công văn ".repeat(40) + ".docx", DocumentTypes.DOCX);
		assertThat(name.codePointCount(0, name.length())).isEqualTo(DocumentNames.MAX_LENGTH);
		assertThat(name).startsWith("Công văn Công").endsWith(".docx");
	}

	@Test
	void aNameThatLeavesNothingGetsTheDefaultNameAndTheTypesExtension() {
		assertThat(DocumentNames.sanitize("  \u202E ", DocumentTypes.PDF)).isEqualTo("tep-dinh-kem.pdf");
		assertThat(DocumentNames.sanitize(null, DocumentTypes.PNG)).isEqualTo("tep-dinh-kem.png");
		assertThat(DocumentNames.sanitize("folder/", DocumentTypes.DOCX)).isEqualTo("tep-dinh-kem.docx");
	}

	@Test
	void aNameWhoseExtensionIsNotItsTypesGetsTheRightOneAdded() {
		assertThat(DocumentNames.sanitize("trang.html", DocumentTypes.PDF)).isEqualTo("trang.html.pdf");
		assertThat(DocumentNames.sanitize("anh.JPEG", DocumentTypes.JPEG)).isEqualTo("anh.JPEG");
		assertThat(DocumentNames.sanitize("a<b>:c?.pdf", DocumentTypes.PDF)).isEqualTo("a_b__c_.pdf");
	}

}
