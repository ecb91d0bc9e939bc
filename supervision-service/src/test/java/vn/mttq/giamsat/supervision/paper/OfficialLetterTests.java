package vn.mttq.giamsat.supervision.paper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter of the test province as the official document the Front sends: the DOCX
 * matches the committed outline ({@code src/test/resources/paper/letter.golden.txt};
 * after an intended change of layout or wording, regenerate it with
 * {@code ./mvnw -pl supervision-service test -Dtest=OfficialLetterTests -Dpaper.golden.write=true}
 * and review the diff), the PDF reads the same words with its fonts embedded, and only
 * the letter's readers get it.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialLetterTests {

	static final Path GOLDEN = Path.of("src/test/resources/paper/letter.golden.txt");

	static final String FIRST = "Công khai danh sách hộ được hỗ trợ giống cây trồng tại các xã vùng cao";

	static final String SECOND = "Rà soát, bổ sung kinh phí hỗ trợ còn thiếu cho người dân bị ảnh hưởng";

	@LocalServerPort
	int port;

	LocalIssuer issuer;

	RestTestClient front;

	String activityId;

	String letterId;

	@BeforeAll
	void letter(LocalIssuer issuer) {
		this.issuer = issuer;
		this.front = Callers.as(this.port, issuer, "ubmttq-tinh-db", "FRONT_OFFICIAL");
		this.activityId = (String) post("/api/v1/activities", """
				{ "kind": "SUPERVISION", "title": "Việc thực hiện chính sách hỗ trợ giống cây trồng năm 2025",
				  "supervisingBodyId": "ubmttq-tinh-db",
				  "supervisedAgencyIds": ["so-nong-nghiep-db", "so-tai-chinh-db"],
				  "form": "DELEGATION", "level": "PROVINCE", "startDate": "2026-01-12", "endDate": "2026-01-23",
				  "legalBasisIds": ["qd-217-qd-tw-2013"] }""").get("id");
		this.letterId = (String) post("/api/v1/activities/" + this.activityId + "/letters", """
				{ "number": "125/KN-MTTQ-BTT", "issuedOn": "2026-02-05",
				  "subject": "Kiến nghị sau giám sát việc hỗ trợ giống cây trồng", "items": [
				  { "addresseeAgencyId": "so-nong-nghiep-db", "content": "%s", "type": "REMEDY_VIOLATION",
				    "dueDate": "2026-03-06" },
				  { "addresseeAgencyId": "so-tai-chinh-db", "content": "%s", "type": "AMEND_POLICY",
				    "dueRule": { "days": 30, "counting": "WORKING_DAYS" } } ] }""".formatted(FIRST, SECOND)).get("id");
	}

	@Test
	void theWordFileKeepsTheFrontsLayout() throws IOException {
		String outline = DocxOutline.of(download(this.front, "DOCX"));
		if (Boolean.getBoolean("paper.golden.write")) {
			Files.writeString(GOLDEN, outline, StandardCharsets.UTF_8);
		}
		assertThat(outline).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
	}

	@Test
	void thePdfReadsTheLetterWithEveryDiacriticAndItsFontsEmbedded() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(download(this.front, "PDF"))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("ỦY BAN MTTQ VIỆT NAM", "TỈNH THỬ NGHIỆM", "BAN THƯỜNG TRỰC",
					"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 125/KN-MTTQ-BTT",
					"Thử Nghiệm, ngày 05 tháng 02 năm 2026", "V/v Kiến nghị sau giám sát việc hỗ trợ giống cây trồng",
					"Kính gửi:", FIRST, SECOND, "Thời hạn trả lời: trước ngày 06/03/2026",
					"trong 30 ngày làm việc kể từ ngày nhận được văn bản", "Nơi nhận:", "- Lưu: VT.",
					"TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH");
			assertThat(text).doesNotContain("so-nong-nghiep-db", "ubmttq-tinh-db", "ubnd-tinh-db");
			List<PDFont> fonts = fonts(pdf);
			assertThat(fonts).isNotEmpty()
				.allSatisfy((font) -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
				.allSatisfy((font) -> assertThat(font.getName()).contains("LiberationSerif"));
		}
	}

	@Test
	void answersAnAttachmentNamedAfterTheNumberInEitherFormat() {
		this.front.get()
			.uri(path())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectHeader()
			.value("Content-Disposition", (disposition) -> assertThat(disposition).startsWith("attachment")
				.contains("filename=\"125-KN-MTTQ-BTT.pdf\""));
		this.front.get()
			.uri(path() + "?format=DOCX")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
			.expectHeader()
			.value("Content-Disposition", (disposition) -> assertThat(disposition).contains("125-KN-MTTQ-BTT.docx"));
	}

	@Test
	void givesAnAgencyOfficerTheItemsOfTheirAgencyOnly() throws IOException {
		RestTestClient agency = Callers.as(this.port, this.issuer, "so-tai-chinh-db", "AGENCY_OFFICER");
		try (PDDocument pdf = Loader.loadPDF(download(agency, "PDF"))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(SECOND).doesNotContain(FIRST);
		}
	}

	@Test
	void hidesTheLetterFromThoseWhoMayNotReadIt() {
		Callers.as(this.port, this.issuer, "so-bc", "AGENCY_OFFICER")
			.get()
			.uri(path())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.front.get()
			.uri("/api/v1/activities/another-activity/letters/" + this.letterId + "/official-document")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void refusesAnUnknownFormatNamingTheAllowedOnes() {
		this.front.get()
			.uri(path() + "?format=ODT")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("format").contains("DOCX, PDF"));
	}

	private String path() {
		return "/api/v1/activities/" + this.activityId + "/letters/" + this.letterId + "/official-document";
	}

	private byte[] download(RestTestClient caller, String format) {
		return caller.get()
			.uri(path() + "?format=" + format)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> post(String uri, String body) {
		return this.front.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	static List<PDFont> fonts(PDDocument pdf) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (var name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
		}
		return fonts;
	}

}
