package vn.mttq.giamsat.support.document.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.document.DocumentOwner;
import vn.mttq.giamsat.support.document.Documents;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.RecordedActor;
import vn.mttq.giamsat.support.web.openapi.Responds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's document endpoints as the shared pieces make them: multipart uploads
 * through the first filter and the container, refusals as problem+json before anything is
 * stored, and downloads with their type, length, digest and name.
 */
@WithLocalStack
@SpringBootTest(classes = DocumentApiTests.Application.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=document-api-tests", "spring.mongodb.database=document-api-tests",
				"giamsat.documents.max-file-size=2MB", "giamsat.documents.max-owner-size=4MB",
				"spring.servlet.multipart.max-request-size=3MB" })
class DocumentApiTests {

	static final AtomicInteger HANDLED = new AtomicInteger();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final RecordedActor OFFICIAL = new RecordedActor("canbo.tailieu", "ubmttq-tinh");

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	String token;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void token(LocalIssuer issuer) {
		this.token = issuer.token("canbo.tailieu", "ubmttq-tinh", "FRONT_OFFICIAL");
		this.mongo.getDb().drop();
		HANDLED.set(0);
	}

	@Test
	void anUploadIsStoredAndDownloadedWithItsTypeLengthDigestAndName() throws Exception {
		byte[] pdf = pdf(300_000);
		HttpResponse<String> uploaded = upload("kn-1", Multipart.upload("Công văn số 12.pdf", "application/pdf", pdf));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		JsonNode view = JSON.readTree(uploaded.body());
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		assertThat(view.path("name").asString()).isEqualTo("Công văn số 12.pdf");
		assertThat(view.path("contentType").asString()).isEqualTo("application/pdf");
		assertThat(view.path("size").asLong()).isEqualTo(300_000);
		assertThat(view.path("sha256").asString()).isEqualTo(sha256);
		assertThat(view.path("purpose").asString()).isEqualTo("REPLY");
		assertThat(view.path("uploadedBy").asString()).isEqualTo("ubmttq-tinh");
		assertThat(view.path("purged").isNull()).isTrue();

		HttpResponse<byte[]> download = this.http.send(authorized(view.path("href").asString()).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Length")).hasValue("300000");
		assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Repr-Digest"))
			.hasValue("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");
		String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
		assertThat(disposition).startsWith("attachment; filename=\"Cong van so 12.pdf\"; filename*=UTF-8''");
		assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
			.isEqualTo("Công văn số 12.pdf");
	}

	@Test
	void theGuardLetsAnUploadLargerThanAJsonBodyThroughAndStillRefusesA2MbJsonBody() throws Exception {
		HttpResponse<String> uploaded = upload("kn-1", Multipart.upload("lon.pdf", "application/pdf", pdf(1_900_000)));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		HttpResponse<String> json = this.http.send(authorized("/api/notes").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + "x".repeat(2_000_000) + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertProblem(json, 413, "payload-too-large");
	}

	@Test
	void aMultipartBodyDeclaredOverTheLimitIsRefusedBeforeTheHandlerRuns() throws Exception {
		String answer = RawHttp.send(this.port,
				"POST /api/items/kn-1/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + this.token
						+ "\r\nContent-Type: " + Multipart.CONTENT_TYPE + "\r\nContent-Length: " + (3 * 1024 * 1024 + 1)
						+ "\r\nConnection: close\r\n\r\n",
				new byte[0], false);
		assertThat(answer).startsWith("HTTP/1.1 413")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("urn:giamsat:problem:payload-too-large");
		assertNothingHandledNorStored();
	}

	@Test
	void aChunkedMultipartBodyOverTheLimitIsRefusedBeforeTheHandlerRuns() throws Exception {
		String answer = RawHttp.send(this.port,
				"POST /api/items/kn-1/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + this.token
						+ "\r\nContent-Type: " + Multipart.CONTENT_TYPE
						+ "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
				Multipart.upload("lon.pdf", "application/pdf", pdf(3_500_000)), true);
		assertThat(answer).startsWith("HTTP/1.1 413")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("urn:giamsat:problem:payload-too-large");
		assertNothingHandledNorStored();
	}

	@Test
	void aFileOverTheDocumentLimitIsRefusedBeforeTheHandlerRuns() throws Exception {
		JsonNode problem = assertProblem(upload("kn-1", Multipart.upload("a.pdf", "application/pdf", pdf(2_500_000))),
				413, "payload-too-large");
		assertThat(problem.path("detail").asString()).contains("2 MB");
		assertNothingHandledNorStored();
	}

	@Test
	void theQueryOfAnUploadIsCheckedWithoutReadingItsBody() throws Exception {
		HttpResponse<String> refused = this.http
			.send(authorized("/api/items/kn-1/documents?purpose=%FF").header("Content-Type", Multipart.CONTENT_TYPE)
				.POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.upload("a.pdf", "application/pdf", pdf(1_000))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertProblem(refused, 400, "malformed-request");
		assertNothingHandledNorStored();
		HttpResponse<String> bidi = this.http.send(authorized("/api/items/kn-1/documents?purpose=%E2%80%AEx")
			.header("Content-Type", Multipart.CONTENT_TYPE)
			.POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.upload("a.pdf", "application/pdf", pdf(1_000))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertProblem(bidi, 400, "malformed-request");
		assertNothingHandledNorStored();
	}

	@Test
	void aTruncatedMultipartBodyIsABadRequest() throws Exception {
		assertProblem(upload("kn-1", Multipart.truncated("a.pdf", pdf(10_000))), 400, "malformed-request");
		assertNothingHandledNorStored();
	}

	@Test
	void aPdfDeclaredAsPngIsRefusedNamingTheTypeFoundAndThoseAccepted() throws Exception {
		JsonNode problem = assertProblem(upload("kn-1", Multipart.upload("anh.png", "image/png", pdf(1_000))), 415,
				"document-type-mismatch");
		assertThat(problem.path("detectedType").asString()).isEqualTo("application/pdf");
		assertThat(problem.path("allowedTypes").size()).isEqualTo(6);
		HttpResponse<String> vietnamese = this.http
			.send(authorized("/api/items/kn-1/documents").header("Content-Type", Multipart.CONTENT_TYPE)
				.header("Accept-Language", "vi")
				.POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.upload("anh.png", "image/png", pdf(1_000))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(JSON.readTree(vietnamese.body()).path("detail").asString()).isEqualTo(
				"Nội dung tệp có định dạng PDF (application/pdf), không phải image/png như khai báo khi tải lên.");
	}

	@Test
	void anExecutableIsRefusedNamingTheTypesAccepted() throws Exception {
		byte[] exe = ("MZ" + "\u0090".repeat(200)).getBytes(StandardCharsets.ISO_8859_1);
		JsonNode problem = assertProblem(upload("kn-1", Multipart.upload("bao-cao.pdf", "application/pdf", exe)), 415,
				"document-type-not-allowed");
		assertThat(problem.path("detail").asString()).contains("PDF, DOCX, XLSX, ODT, JPG, PNG");
		assertNothingStored();
	}

	@Test
	void aPurgedDocumentIsGoneSayingWhenByWhomAndWhy() throws Exception {
		JsonNode view = JSON.readTree(upload("kn-1", Multipart.upload("a.pdf", "application/pdf", pdf(1_000))).body());
		HttpResponse<String> purged = this.http.send(
				authorized(view.path("href").asString() + "?reason=Nh%E1%BA%A7m%20t%E1%BB%87p").DELETE().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(JSON.readTree(purged.body()).path("purged").path("reason").asString()).isEqualTo("Nhầm tệp");
		JsonNode problem = assertProblem(
				this.http.send(authorized(view.path("href").asString()).build(), HttpResponse.BodyHandlers.ofString()),
				410, "document-purged");
		assertThat(problem.path("reason").asString()).isEqualTo("Nhầm tệp");
		assertThat(problem.path("purgedBy").asString()).isEqualTo("ubmttq-tinh");
		assertThat(problem.path("purgedAt").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).startsWith("The content of 'a.pdf' was purged on ")
			.endsWith("by ubmttq-tinh: Nhầm tệp");
	}

	@Test
	void theUploadIsDescribedAsAFileWithItsRefusals() throws Exception {
		HttpResponse<String> answer = this.http.send(authorized("/v3/api-docs").build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode paths = JSON.readTree(answer.body()).path("paths");
		JsonNode upload = paths.path("/api/items/{id}/documents").path("post");
		JsonNode file = upload.path("requestBody")
			.path("content")
			.path("multipart/form-data")
			.path("schema")
			.path("properties")
			.path("file");
		assertThat(file.path("type").asString()).isEqualTo("string");
		assertThat(file.path("format").asString()).isEqualTo("binary");
		assertThat(upload.path("responses").propertyNames()).contains("201", "400", "413", "415");
		assertThat(paths.path("/api/items/{id}/documents/{documentId}").path("get").path("responses").propertyNames())
			.contains("200", "404", "410");
	}

	private void assertNothingHandledNorStored() {
		assertThat(HANDLED.get()).isZero();
		assertNothingStored();
	}

	private void assertNothingStored() {
		assertThat(this.mongo.getCollection("documents").countDocuments(new Document())).isZero();
		assertThat(this.mongo.getCollection("documents.chunks").countDocuments()).isZero();
	}

	private HttpResponse<String> upload(String item, byte[] body) throws Exception {
		return this.http
			.send(authorized("/api/items/" + item + "/documents").header("Content-Type", Multipart.CONTENT_TYPE)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder authorized(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + this.token);
	}

	private JsonNode assertProblem(HttpResponse<String> answer, int status, String type) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.path("type").asString()).isEqualTo("urn:giamsat:problem:" + type);
		return problem;
	}

	static byte[] pdf(int size) {
		byte[] file = new byte[size];
		byte[] head = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, file, 0, head.length);
		for (int i = head.length; i < size; i++) {
			file[i] = (byte) ('a' + (i % 26));
		}
		return file;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@org.springframework.context.annotation.Bean
		ItemDocumentsController itemDocumentsController(Documents documents) {
			return new ItemDocumentsController(documents);
		}

	}

	/** An item's documents, as a service would write them. */
	@RestController
	static class ItemDocumentsController {

		private final Documents documents;

		ItemDocumentsController(Documents documents) {
			this.documents = documents;
		}

		@PostMapping(path = "/api/items/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
		@PreAuthorize("isAuthenticated()")
		@Responds(status = HttpStatus.CREATED)
		ResponseEntity<DocumentView> upload(@PathVariable String id, @RequestPart("file") MultipartFile file,
				@RequestParam(name = "purpose", defaultValue = "OTHER") String purpose) {
			HANDLED.incrementAndGet();
			DocumentOwner owner = DocumentOwner.recommendation(id);
			var stored = this.documents.store(DocumentUploads.of(file, owner, purpose, OFFICIAL));
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(DocumentView.of(stored, "/api/items/" + id + "/documents/" + stored.id()));
		}

		@GetMapping("/api/items/{id}/documents/{documentId}")
		@PreAuthorize("isAuthenticated()")
		ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String documentId) {
			DocumentOwner owner = DocumentOwner.recommendation(id);
			return DocumentDownloads.answer(this.documents, this.documents.find(owner, documentId)
				.orElseThrow(() -> new ResourceNotFoundException("Document", documentId)));
		}

		@DeleteMapping("/api/items/{id}/documents/{documentId}")
		@PreAuthorize("isAuthenticated()")
		DocumentView purge(@PathVariable String id, @PathVariable String documentId, @RequestParam String reason) {
			DocumentOwner owner = DocumentOwner.recommendation(id);
			return this.documents.purge(owner, documentId, OFFICIAL, reason)
				.map((purged) -> DocumentView.of(purged, "/api/items/" + id + "/documents/" + documentId))
				.orElseThrow(() -> new ResourceNotFoundException("Document", documentId));
		}

		@PostMapping("/api/notes")
		@PreAuthorize("isAuthenticated()")
		Map<String, Object> note(@RequestBody Map<String, Object> note) {
			return Map.of("length", String.valueOf(note.get("text")).length(), "ids", List.of());
		}

	}

}
