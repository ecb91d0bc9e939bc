package vn.mttq.giamsat.supervision.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.supervision.livestatus.LiveStatuses;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The work report of the test province "Báo Cáo": its figures match the records, by level
 * and form, before and after the 2025 reform, in every format.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class WorkReportTests {

	static final String REPORT_2026 = "/api/v1/reports/work?bodyId=ubmttq-tinh-bc&from=2026-01-01&to=2026-12-31";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	LiveStatuses statuses;

	@Autowired
	MongoTemplate mongo;

	LocalIssuer issuer;

	RestTestClient monitor;

	@BeforeAll
	void records(LocalIssuer issuer, LocalStack stack) {
		this.issuer = issuer;
		this.monitor = Callers.as(this.port, issuer, "ubmttq-tinh-bc", "MONITOR");
		RestTestClient province = front("ubmttq-tinh-bc");
		RestTestClient commune = front("ubmttq-xa-bc");
		String supervision = activity(province, "SUPERVISION", "DELEGATION", "so-bc", "2026-03-01");
		activity(province, "SOCIAL_CRITICISM", null, "ubnd-tinh-bc", "2026-04-01");
		activity(commune, "SUPERVISION", "PEOPLES_INSPECTION_BOARD", "ubnd-xa-bc", "2026-05-01");
		String dialogue = activity(commune, "DIALOGUE_CONFERENCE", null, "ubnd-xa-bc", "2026-06-01");
		// Stored before the form belonged to supervisions only: the form it carries is
		// not counted.
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(dialogue)),
				Update.update("form", "DOCUMENT_REVIEW"), "activities");
		String cancelled = activity(commune, "SUPERVISION", "DOCUMENT_REVIEW", "ubnd-xa-bc", "2026-07-01");
		post(commune, "/api/v1/activities/" + cancelled + "/transitions",
				"{ \"to\": \"CANCELLED\", \"note\": \"Trùng với giám sát của HĐND xã\" }", 200);
		activity(front("ubmttq-huyen-bc"), "SUPERVISION", "DOCUMENT_REVIEW", "ubnd-huyen-bc", "2025-03-01");

		Map<String, Object> letter = post(province, "/api/v1/activities/" + supervision + "/letters", """
				{ "number": "KN-BC-01", "issuedOn": "2026-03-30", "items": [
				  { "addresseeAgencyId": "so-bc", "content": "Một", "type": "REMEDY_VIOLATION" },
				  { "addresseeAgencyId": "so-bc", "content": "Hai", "type": "AMEND_POLICY" },
				  { "addresseeAgencyId": "so-bc", "content": "Ba", "type": "REMEDY_VIOLATION" },
				  { "addresseeAgencyId": "so-bc", "content": "Bốn" } ] }""", 201);
		String letterId = (String) letter.get("id");
		List<String> items = ((List<?>) letter.get("items")).stream()
			.map((item) -> (String) ((Map<String, Object>) item).get("recommendationId"))
			.toList();
		post(province,
				"/api/v1/activities/" + supervision + "/letters/" + letterId + "/items/" + items.get(3) + "/withdrawal",
				"{ \"reason\": \"Trùng nội dung kiến nghị số 1\" }", 200);
		send(stack, supervision, letterId, items.get(0), 3, "ACCEPTED", "ACCEPTED", false, null);
		send(stack, supervision, letterId, items.get(1), 6, "CLOSED", "ACCEPTED", false, "RESOLVED");
		send(stack, supervision, letterId, items.get(2), 2, "OVERDUE", null, true, null);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.statuses.items(items.subList(0, 3)).size() == 3);
	}

	@Test
	void countsActivitiesByKindLevelAndFormAndTheRecommendationsWithTheirRates() {
		Map<String, Object> report = get(REPORT_2026);
		Map<String, Object> activities = (Map<String, Object>) report.get("activities");
		assertThat(activities.get("total")).isEqualTo(4);
		assertThat((Map<String, Object>) activities.get("supervisionsByLevel")).containsEntry("PROVINCE", 1)
			.containsEntry("COMMUNE", 1)
			.doesNotContainKey("DISTRICT");
		assertThat((Map<String, Object>) activities.get("byForm")).containsEntry("DELEGATION", 1)
			.containsEntry("PEOPLES_INSPECTION_BOARD", 1)
			.containsEntry("DOCUMENT_REVIEW", 0);
		assertThat(activities.get("dialoguesHeld")).isEqualTo(1);
		assertThat(activities.get("throughBoards")).isEqualTo(1);
		Map<String, Object> recommendations = (Map<String, Object>) report.get("recommendations");
		assertThat(recommendations.get("issued")).isEqualTo(4);
		assertThat(recommendations.get("inForce")).isEqualTo(3);
		assertThat(recommendations.get("answered")).isEqualTo(2);
		assertThat(recommendations.get("resolved")).isEqualTo(1);
		assertThat(recommendations.get("overdue")).isEqualTo(1);
		assertThat(recommendations.get("withdrawn")).isEqualTo(1);
		assertThat(recommendations.get("answeredRate")).isEqualTo(66.7);
		assertThat(recommendations.get("resolvedRate")).isEqualTo(33.3);
		assertThat((Map<String, Object>) recommendations.get("byType")).containsEntry("REMEDY_VIOLATION", 2)
			.containsEntry("AMEND_POLICY", 1)
			.containsEntry("OTHER", 1);
		assertThat(((Map<String, Object>) report.get("structure")).get("code")).isEqualTo("TWO_LEVEL");
	}

	@Test
	void readsLikeTheFrontsOwnReports() {
		String text = this.monitor.get()
			.uri(REPORT_2026 + "&format=TEXT")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/plain;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(text).startsWith(
				"Từ ngày 01/01/2026 đến ngày 31/12/2026, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Báo Cáo và các đơn vị trực thuộc đã ")
			.contains("giám sát 2 cuộc (cấp tỉnh 1 cuộc, cấp xã 1 cuộc)")
			.contains("phản biện xã hội 1 cuộc (cấp tỉnh 1 cuộc)")
			.contains("tổ chức 1 hội nghị đối thoại (cấp xã 1 hội nghị)")
			.contains("thành lập đoàn giám sát 1 cuộc, thông qua Ban Thanh tra nhân dân 1 cuộc")
			.contains(
					"ban hành 4 kiến nghị (đã rút 1, còn hiệu lực 3); đến nay 2 kiến nghị đã được trả lời (66,7%), 1 kiến nghị đã được giải quyết (33,3%), "
							+ "1 kiến nghị quá hạn chưa trả lời (33,3%)")
			.endsWith("mô hình 2 cấp (tỉnh, xã), từ 1/7/2025.");
	}

	@Test
	void countsOnlyTheBodyItselfWhenAsked() {
		Map<String, Object> report = get(REPORT_2026 + "&includeBelow=false");
		assertThat(((Map<String, Object>) ((Map<String, Object>) report.get("activities")).get("supervisionsByLevel")))
			.containsEntry("PROVINCE", 1)
			.containsEntry("COMMUNE", 0);
		assertThat((String) report.get("text"))
			.contains("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Báo Cáo đã giám sát 1 cuộc");
	}

	@Test
	void saysSoWhenNoRecommendationWasAnsweredYet() {
		String text = (String) get("/api/v1/reports/work?bodyId=ubmttq-xa-bc&from=2026-01-01&to=2026-12-31")
			.get("text");
		assertThat(text).contains("Ủy ban MTTQ xã Báo Cáo đã giám sát 1 cuộc (cấp xã 1 cuộc)")
			.doesNotContain("kiến nghị");
	}

	@Test
	void labelsAReportBeforeTheReformWithTheThreeLevels() {
		Map<String, Object> report = get("/api/v1/reports/work?bodyId=ubmttq-tinh-bc&from=2025-01-01&to=2025-06-30");
		assertThat(((Map<String, Object>) report.get("structure")).get("code")).isEqualTo("THREE_LEVEL");
		assertThat((String) report.get("text")).contains("giám sát 1 cuộc (cấp huyện 1 cuộc)")
			.contains("3 cấp (tỉnh, huyện, xã), trước 1/7/2025");
		Map<String, Object> spanning = get("/api/v1/reports/work?bodyId=ubmttq-tinh-bc&from=2025-01-01&to=2026-12-31");
		assertThat(((Map<String, Object>) spanning.get("structure")).get("code")).isEqualTo("THREE_THEN_TWO_LEVEL");
		assertThat((Map<String, Object>) ((Map<String, Object>) spanning.get("activities")).get("supervisionsByLevel"))
			.containsEntry("PROVINCE", 1)
			.containsEntry("DISTRICT", 1)
			.containsEntry("COMMUNE", 1);
	}

	@Test
	void exportsCsvForSpreadsheets() {
		byte[] csv = this.monitor.get()
			.uri(REPORT_2026 + "&format=CSV")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectHeader()
			.value("Content-Disposition", (disposition) -> assertThat(disposition).contains("attachment"))
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFMục,Chỉ tiêu,Giá trị\r\n")
			.contains("Kiến nghị,Đã ban hành,4\r\n")
			.contains("Kiến nghị,Đã rút,1\r\n")
			.contains("Kiến nghị,Còn hiệu lực,3\r\n")
			.contains("Giám sát theo cấp,Cấp xã,1\r\n")
			.contains("Kiến nghị,Tỷ lệ đã trả lời (%),66.7\r\n");
	}

	@Test
	void exportsAnExcelWorkbook() throws IOException {
		byte[] xlsx = this.monitor.get()
			.uri(REPORT_2026 + "&format=XLSX")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Báo cáo");
			Map<String, Double> figures = new java.util.HashMap<>();
			for (Row row : sheet) {
				if ("Kiến nghị".equals(row.getCell(0).getStringCellValue())) {
					figures.put(row.getCell(1).getStringCellValue(), row.getCell(2).getNumericCellValue());
				}
			}
			assertThat(figures).containsEntry("Đã ban hành", 4.0)
				.containsEntry("Đã rút", 1.0)
				.containsEntry("Còn hiệu lực", 3.0);
		}
	}

	@Test
	void writesTheReportAsTheFrontsOfficialBaoCaoInWord() throws IOException {
		byte[] docx = download("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).contains("BÁO CÁO",
					"Kết quả công tác giám sát, phản biện xã hội từ ngày 01/01/2026 đến ngày 31/12/2026");
			assertThat(String.join(" ", paragraphs)).contains("Qua đó đã ban hành 4 kiến nghị");
			XWPFTable letterhead = document.getTables().get(0);
			assertThat(letterhead.getRow(0).getCell(0).getText()).contains("ỦY BAN MTTQ VIỆT NAM", "TỈNH BÁO CÁO",
					"BAN THƯỜNG TRỰC", "/BC-MTTQ-BTT");
			assertThat(letterhead.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Báo Cáo, ngày");
			XWPFTable figures = document.getTables().get(1);
			assertThat(figures.getRow(0).getCell(1).getText()).isEqualTo("Chỉ tiêu");
			assertThat(figures.getRows()).anySatisfy((row) -> {
				assertThat(row.getCell(1).getText()).isEqualTo("Đã ban hành");
				assertThat(row.getCell(2).getText()).isEqualTo("4");
			});
		}
	}

	@Test
	void writesTheReportAsAPdfWithItsFontsEmbedded() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(download("PDF", "application/pdf"))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("BÁO CÁO", "Kết quả công tác giám sát, phản biện xã hội",
					"Qua đó đã ban hành 4 kiến nghị", "Tỷ lệ đã trả lời (%) 66,7%", "Nơi nhận:", "TM. BAN THƯỜNG TRỰC");
			PDResources resources = pdf.getPage(0).getResources();
			for (COSName name : resources.getFontNames()) {
				assertThat(resources.getFont(name).isEmbedded()).isTrue();
			}
		}
	}

	private byte[] download(String format, String contentType) {
		return this.monitor.get()
			.uri(REPORT_2026 + "&format=" + format)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(contentType)
			.expectHeader()
			.value("Content-Disposition",
					(disposition) -> assertThat(disposition).startsWith("attachment")
						.contains("." + format.toLowerCase(java.util.Locale.ROOT)))
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void rejectsAPeriodThatEndsBeforeItStartsAndAnUnknownBody(LocalIssuer issuer) {
		this.monitor.get()
			.uri("/api/v1/reports/work?bodyId=ubmttq-tinh-bc&from=2026-12-31&to=2026-01-01")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
		this.monitor.get()
			.uri("/api/v1/reports/work?bodyId=khong-co&from=2026-01-01&to=2026-12-31")
			.exchange()
			.expectStatus()
			.isNotFound();
		Callers.as(this.port, issuer, "so-bc", "AGENCY_OFFICER")
			.get()
			.uri(REPORT_2026)
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void issuedWithdrawnAndInForceReconcileInEveryForm() {
		Map<String, Object> recommendations = (Map<String, Object>) get(REPORT_2026).get("recommendations");
		int issued = (int) recommendations.get("issued");
		int withdrawn = (int) recommendations.get("withdrawn");
		int inForce = (int) recommendations.get("inForce");
		assertThat(issued).isEqualTo(inForce + withdrawn);
		assertThat(((Map<String, Integer>) recommendations.get("byType")).values()
			.stream()
			.mapToInt(Integer::intValue)
			.sum()).isEqualTo(issued);
		String csv = this.monitor.get()
			.uri(REPORT_2026 + "&format=CSV")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv).contains("Kiến nghị,Đã ban hành," + issued + "\r\n")
			.contains("Kiến nghị,Đã rút," + withdrawn + "\r\n")
			.contains("Kiến nghị,Còn hiệu lực," + inForce + "\r\n");
		assertThat((String) get(REPORT_2026).get("text"))
			.contains("ban hành " + issued + " kiến nghị (đã rút " + withdrawn + ", còn hiệu lực " + inForce + ")");
	}

	@Test
	void aWorkReportIsOnlyForAFrontBody() {
		this.monitor.get()
			.uri("/api/v1/reports/work?bodyId=so-bc&from=2026-01-01&to=2026-12-31")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("bodyId");
	}

	private RestTestClient front(String body) {
		return Callers.as(this.port, this.issuer, body, "FRONT_OFFICIAL");
	}

	private static String activity(RestTestClient client, String kind, String form, String agency, String date) {
		return (String) post(client, "/api/v1/activities",
				"""
						{ "kind": "%s", "title": "Hoạt động %s", "supervisedAgencyIds": ["%s"], %s "startDate": "%s" }"""
					.formatted(kind, kind, agency, (form != null) ? "\"form\": \"" + form + "\"," : "", date),
				201)
			.get("id");
	}

	private Map<String, Object> get(String uri) {
		return (Map<String, Object>) this.monitor.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static Map<String, Object> post(RestTestClient client, String uri, String body, int status) {
		return (Map<String, Object>) client.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private void send(LocalStack stack, String activityId, String letterId, String recommendationId, long sequence,
			String status, String answer, boolean overdue, String closure) {
		String eventId = UUID.randomUUID().toString();
		ObjectNode event = (ObjectNode) this.json
			.readTree(ContractSamples.json("recommendation/RecommendationLifecycleEvent.v1"));
		event.put("eventId", eventId).put("recommendationId", recommendationId).put("sequence", sequence);
		event.put("status", status).put("transition", status);
		ObjectNode snapshot = (ObjectNode) event.get("recommendation");
		snapshot.put("letterId", letterId).put("activityId", activityId).put("overdue", overdue);
		snapshot.put("answer", answer).put("closure", closure);
		TopicWriter.send(stack.kafka().bootstrapServers(), Topics.RECOMMENDATION_LIFECYCLE, recommendationId,
				event.toString(), ContractSamples.headers(RecommendationLifecycleEvent.TYPE,
						RecommendationLifecycleEvent.SOURCE, eventId, recommendationId));
	}

}
