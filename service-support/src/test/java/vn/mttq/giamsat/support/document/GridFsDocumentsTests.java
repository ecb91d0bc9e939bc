package vn.mttq.giamsat.support.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

import vn.mttq.giamsat.localstack.LocalMongo;
import vn.mttq.giamsat.support.document.DocumentRefusedException.Reason;
import vn.mttq.giamsat.support.security.RecordedActor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The GridFS store on the embedded MongoDB wire server: what it keeps, what it refuses,
 * and that a refused or broken upload leaves nothing behind.
 */
class GridFsDocumentsTests {

	static final RecordedActor OFFICIAL = new RecordedActor("canbo.a", "ubmttq-tinh");

	static final RecordedActor ADMIN = new RecordedActor("quantri", "ubmttq-tw");

	static final DocumentOwner ITEM = DocumentOwner.recommendation("kn-1");

	static LocalMongo server;

	static MongoClient client;

	MongoTemplate mongo;

	GridFsDocuments documents;

	@BeforeAll
	static void startDatabase() {
		server = LocalMongo.inMemory(0);
		client = MongoClients.create(server.connectionString());
	}

	@AfterAll
	static void stopDatabase() {
		client.close();
		server.close();
	}

	@BeforeEach
	void emptyStore() {
		this.mongo = new MongoTemplate(client, "documents-tests");
		this.mongo.getDb().drop();
		this.documents = new GridFsDocuments(this.mongo, new DocumentProperties(DataSize.ofKilobytes(600),
				DataSize.ofKilobytes(1000), 3, DocumentTypes.DEFAULTS),
				Clock.fixed(Instant.parse("2026-03-02T03:04:05Z"), ZoneOffset.UTC));
	}

	@Test
	void storesADocumentAndFindsItThroughItsOwner() {
		StoredDocument stored = this.documents
			.store(upload(ITEM, "Công văn trả lời.pdf", "application/pdf", SampleFiles.pdf(300_000)));
		assertThat(stored.contentType()).isEqualTo(DocumentTypes.PDF);
		assertThat(stored.size()).isEqualTo(300_000);
		assertThat(stored.name()).isEqualTo("Công văn trả lời.pdf");
		assertThat(stored.uploadedBy()).isEqualTo(OFFICIAL);
		assertThat(stored.uploadedAt()).isEqualTo(Instant.parse("2026-03-02T03:04:05Z"));
		assertThat(this.documents.find(ITEM, stored.id())).contains(stored);
		assertThat(this.documents.list(ITEM)).containsExactly(stored);
		assertThat(this.documents.findAll(ITEM, List.of("unknown", stored.id()))).containsExactly(stored);
	}

	@Test
	void anotherOwnersDocumentIsNotFound() {
		StoredDocument stored = this.documents.store(upload(ITEM, "a.pdf", null, SampleFiles.pdf(1_000)));
		DocumentOwner other = DocumentOwner.recommendation("kn-2");
		assertThat(this.documents.find(other, stored.id())).isEmpty();
		assertThat(this.documents.find(DocumentOwner.activity("kn-1"), stored.id())).isEmpty();
		assertThat(this.documents.list(other)).isEmpty();
		assertThat(this.documents.findAll(other, List.of(stored.id()))).isEmpty();
		assertThat(this.documents.purge(other, stored.id(), ADMIN, "nhầm")).isEmpty();
		assertThat(this.documents.find(ITEM, stored.id()).orElseThrow().purged()).isFalse();
	}

	@Test
	void theSha256IsThatOfTheBytesReadBack() throws Exception {
		byte[] pdf = SampleFiles.pdf(555_555);
		StoredDocument stored = this.documents.store(upload(ITEM, "a.pdf", "application/pdf", pdf));
		assertThat(stored.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		try (InputStream content = this.documents.open(stored)) {
			assertThat(content.readAllBytes()).isEqualTo(pdf);
		}
	}

	@Test
	void aPdfDeclaredAsPngIsATypeMismatch() {
		DocumentRefusedException refused = refusal(upload(ITEM, "anh.png", "image/png", SampleFiles.pdf(1_000)));
		assertThat(refused.reason()).isEqualTo(Reason.TYPE_MISMATCH);
		assertThat(refused.detectedType()).isEqualTo(DocumentTypes.PDF);
		assertThat(refused.phrase().inEnglish()).contains("PDF (application/pdf)").contains("image/png");
		assertNothingStored();
	}

	@Test
	void anExecutableAZipAndAWebPageAreNotAllowed() {
		for (byte[] file : List.of(SampleFiles.exe(), SampleFiles.zip(), SampleFiles.html())) {
			DocumentRefusedException refused = refusal(upload(ITEM, "bao-cao.pdf", "application/pdf", file));
			assertThat(refused.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
			assertThat(refused.allowedTypes()).isEqualTo(DocumentTypes.DEFAULTS);
			assertThat(refused.phrase().inEnglish()).contains("PDF, DOCX, XLSX, ODT, JPG, PNG");
		}
		assertNothingStored();
	}

	@Test
	void aWordDocumentAndASpreadsheetAreToldApart() {
		assertThat(this.documents.store(upload(ITEM, "tra-loi.docx", null, SampleFiles.docx())).contentType())
			.isEqualTo(DocumentTypes.DOCX);
		assertThat(this.documents.store(upload(ITEM, "so-lieu.xlsx", null, SampleFiles.xlsx())).contentType())
			.isEqualTo(DocumentTypes.XLSX);
		assertThat(refusal(upload(ITEM, "trinh-chieu.pptx", null, SampleFiles.pptx())).reason())
			.isEqualTo(Reason.TYPE_NOT_ALLOWED);
	}

	@Test
	void anOpenDocumentTextIsAccepted() {
		StoredDocument stored = this.documents.store(upload(ITEM, "bien-ban", DocumentTypes.ODT, SampleFiles.odt()));
		assertThat(stored.contentType()).isEqualTo(DocumentTypes.ODT);
		assertThat(stored.name()).isEqualTo("bien-ban.odt");
	}

	@Test
	void aFileOverTheLimitIsRefusedWithNothingStored() {
		byte[] large = SampleFiles.pdf(600 * 1024 + 1);
		assertThat(refusal(upload(ITEM, "a.pdf", null, large)).reason()).isEqualTo(Reason.TOO_LARGE);
		NewDocument undeclared = new NewDocument(ITEM, "REPLY", "a.pdf", null, -1,
				() -> new ByteArrayInputStream(large), OFFICIAL);
		DocumentRefusedException refused = refusal(undeclared);
		assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
		assertThat(refused.phrase().inEnglish()).contains("600 KB");
		assertNothingStored();
	}

	@Test
	void anOwnerOverItsLimitsIsRefused() {
		this.documents.store(upload(ITEM, "a.pdf", null, SampleFiles.pdf(500_000)));
		this.documents.store(upload(ITEM, "b.pdf", null, SampleFiles.pdf(500_000)));
		NewDocument third = new NewDocument(ITEM, "REPLY", "c.pdf", null, -1,
				() -> new ByteArrayInputStream(SampleFiles.pdf(50_000)), OFFICIAL);
		assertThat(refusal(third).reason()).isEqualTo(Reason.TOO_LARGE);
		assertThat(this.documents.list(ITEM)).hasSize(2);
		assertThat(this.mongo.getCollection("documents.files").countDocuments()).isEqualTo(2);
		DocumentOwner other = DocumentOwner.activity("hd-1");
		for (int i = 0; i < 3; i++) {
			this.documents.store(upload(other, i + ".png", null, SampleFiles.png()));
		}
		DocumentRefusedException tooMany = refusal(upload(other, "4.png", null, SampleFiles.png()));
		assertThat(tooMany.phrase().inEnglish()).contains("At most 3 documents");
	}

	@Test
	void aStreamThatFailsHalfWayLeavesNoChunksAndNoRecord() {
		NewDocument broken = new NewDocument(ITEM, "REPLY", "a.pdf", "application/pdf", 590_000,
				() -> new SequenceInputStream(new ByteArrayInputStream(SampleFiles.pdf(400_000)), new BrokenStream()),
				OFFICIAL);
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> this.documents.store(broken));
		assertNothingStored();
	}

	@Test
	void aPurgeDeletesTheContentAndKeepsTheRecordWithWhoAndWhy() {
		StoredDocument stored = this.documents.store(upload(ITEM, "a.pdf", null, SampleFiles.pdf(300_000)));
		StoredDocument purged = this.documents.purge(ITEM, stored.id(), ADMIN, "Chứa thông tin cá nhân").orElseThrow();
		assertThat(purged.purge()).isEqualTo(
				new StoredDocument.Purge(Instant.parse("2026-03-02T03:04:05Z"), ADMIN, "Chứa thông tin cá nhân"));
		assertThat(this.documents.find(ITEM, stored.id())).contains(purged);
		assertThat(this.mongo.getCollection("documents.files").countDocuments()).isZero();
		assertThat(this.mongo.getCollection("documents.chunks").countDocuments()).isZero();
		assertThatExceptionOfType(DocumentPurgedException.class).isThrownBy(() -> this.documents.open(stored));
	}

	@Test
	void documentsAreAttachedOnce() {
		StoredDocument stored = this.documents.store(upload(ITEM, "a.pdf", null, SampleFiles.pdf(1_000)));
		this.documents.attach(ITEM, List.of(stored.id()), "event-1");
		this.documents.attach(ITEM, List.of(stored.id()), "event-2");
		assertThat(this.documents.find(ITEM, stored.id()).orElseThrow().attachedTo()).isEqualTo("event-1");
	}

	private DocumentRefusedException refusal(NewDocument document) {
		return catchThrowableOfType(DocumentRefusedException.class, () -> this.documents.store(document));
	}

	private void assertNothingStored() {
		assertThat(this.mongo.getCollection("documents").countDocuments(new Document("owner.id", ITEM.id()))).isZero();
		assertThat(this.mongo.getCollection("documents.files").countDocuments()).isZero();
		assertThat(this.mongo.getCollection("documents.chunks").countDocuments()).isZero();
	}

	static NewDocument upload(DocumentOwner owner, String name, String type, byte[] content) {
		return new NewDocument(owner, "REPLY", name, type, content.length, () -> new ByteArrayInputStream(content),
				OFFICIAL);
	}

	/** The rest of an upload whose connection broke. */
	static final class BrokenStream extends InputStream {

		@Override
		public int read() throws IOException {
			throw new IOException("Connection reset");
		}

	}

}
