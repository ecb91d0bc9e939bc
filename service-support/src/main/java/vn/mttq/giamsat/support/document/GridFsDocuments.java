package vn.mttq.giamsat.support.document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.types.ObjectId;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * The document store on MongoDB: content in the GridFS bucket {@code documents}, one
 * record per document in the collection {@code documents}. An upload is read once, as a
 * stream: its first bytes tell its type, the rest goes straight into GridFS through a
 * SHA-256 digest and a byte count that stops at the limit; a refused or broken upload
 * leaves neither chunks nor a record.
 */
public class GridFsDocuments implements Documents {

	static final String BUCKET = "documents";

	private static final int CHUNK = 255 * 1024;

	private final MongoTemplate mongo;

	private final GridFSBucket bucket;

	private final DocumentProperties limits;

	private final Clock clock;

	public GridFsDocuments(MongoTemplate mongo, DocumentProperties limits, Clock clock) {
		this.mongo = mongo;
		this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET).withChunkSizeBytes(CHUNK);
		this.limits = limits;
		this.clock = clock;
	}

	@Override
	public StoredDocument store(NewDocument document) {
		long maxFile = this.limits.maxFileSize().toBytes();
		if (document.declaredSize() > maxFile) {
			throw DocumentRefusals.fileTooLarge(maxFile);
		}
		long left = leftFor(document.owner(), Math.max(document.declaredSize(), 0));
		try (InputStream content = document.content().open()) {
			BufferedInputStream in = new BufferedInputStream(content, DocumentTypes.PREFIX);
			String type = typeOf(in, document.declaredType());
			DocumentRecord stored = write(document, in, type, Math.min(maxFile, left), maxFile);
			recheckOwner(stored);
			return stored.toStored();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the owner has left, refused when a file of the given size would not fit. */
	private long leftFor(DocumentOwner owner, long size) {
		List<DocumentRecord> kept = kept(owner);
		if (kept.size() >= this.limits.maxOwnerCount()) {
			throw DocumentRefusals.tooMany(this.limits.maxOwnerCount());
		}
		long maxOwner = this.limits.maxOwnerSize().toBytes();
		long left = maxOwner - kept.stream().mapToLong(DocumentRecord::size).sum();
		if (size > left || left <= 0) {
			throw DocumentRefusals.ownerFull(maxOwner, left);
		}
		return left;
	}

	private List<DocumentRecord> kept(DocumentOwner owner) {
		Query query = Query.query(ofOwner(owner).and("purge").isNull());
		query.fields().include("size");
		return this.mongo.find(query, DocumentRecord.class);
	}

	private String typeOf(BufferedInputStream in, String declared) throws IOException {
		in.mark(DocumentTypes.PREFIX);
		byte[] prefix = in.readNBytes(DocumentTypes.PREFIX);
		in.reset();
		String type = DocumentTypes.detect(prefix);
		List<String> allowed = this.limits.allowedTypes();
		if (!allowed.contains(type)) {
			throw DocumentRefusals.typeNotAllowed(type, allowed);
		}
		if (!DocumentTypes.undeclared(declared) && !DocumentTypes.agree(declared, type)) {
			throw DocumentRefusals.typeMismatch(type, declared, allowed);
		}
		return type;
	}

	private DocumentRecord write(NewDocument document, InputStream in, String type, long limit, long maxFile)
			throws IOException {
		String id = UUID.randomUUID().toString();
		MessageDigest sha256 = sha256();
		SizeLimitedInputStream counted = new SizeLimitedInputStream(new DigestInputStream(in, sha256), limit);
		GridFSUploadOptions options = new GridFSUploadOptions()
			.metadata(new org.bson.Document("documentId", id).append("contentType", type));
		GridFSUploadStream upload = this.bucket.openUploadStream(id, options);
		try {
			counted.transferTo(upload);
			upload.close();
		}
		catch (SizeLimitedInputStream.OverLimit ex) {
			discard(upload);
			throw (limit < maxFile) ? DocumentRefusals.ownerFull(this.limits.maxOwnerSize().toBytes(), limit)
					: DocumentRefusals.fileTooLarge(maxFile);
		}
		catch (IOException | RuntimeException ex) {
			discard(upload);
			throw ex;
		}
		DocumentRecord stored = new DocumentRecord(id, document.owner(), document.purpose(),
				DocumentNames.sanitize(document.originalName(), type), type, counted.count(),
				HexFormat.of().formatHex(sha256.digest()), this.clock.instant(), document.uploadedBy(), null, null,
				upload.getObjectId());
		try {
			return this.mongo.insert(stored);
		}
		catch (RuntimeException ex) {
			deleteContent(stored.contentId());
			throw ex;
		}
	}

	/** Two uploads at once may each have fitted alone: the later one gives way. */
	private void recheckOwner(DocumentRecord stored) {
		List<DocumentRecord> kept = kept(stored.owner());
		long total = kept.stream().mapToLong(DocumentRecord::size).sum();
		long maxOwner = this.limits.maxOwnerSize().toBytes();
		if (total > maxOwner || kept.size() > this.limits.maxOwnerCount()) {
			this.mongo.remove(Query.query(Criteria.where("_id").is(stored.id())), DocumentRecord.class);
			deleteContent(stored.contentId());
			throw (kept.size() > this.limits.maxOwnerCount()) ? DocumentRefusals.tooMany(this.limits.maxOwnerCount())
					: DocumentRefusals.ownerFull(maxOwner, maxOwner - (total - stored.size()));
		}
	}

	/**
	 * Aborting deletes the chunks written so far; the file entry is written only on
	 * close.
	 */
	private void discard(GridFSUploadStream upload) {
		try {
			upload.abort();
		}
		catch (RuntimeException ex) {
			// Already closed: the file was complete, so it is deleted whole below.
		}
		deleteContent(upload.getObjectId());
	}

	private void deleteContent(ObjectId contentId) {
		try {
			this.bucket.delete(contentId);
		}
		catch (MongoGridFSException ex) {
			// No file entry: the chunks, if any, go all the same.
			this.mongo.getDb()
				.getCollection(BUCKET + ".chunks")
				.deleteMany(new org.bson.Document("files_id", contentId));
		}
	}

	@Override
	public Optional<StoredDocument> find(DocumentOwner owner, String id) {
		return Optional.ofNullable(record(owner, id)).map(DocumentRecord::toStored);
	}

	@Override
	public List<StoredDocument> list(DocumentOwner owner) {
		Query query = Query.query(ofOwner(owner)).with(Sort.by("uploadedAt", "_id"));
		return this.mongo.find(query, DocumentRecord.class).stream().map(DocumentRecord::toStored).toList();
	}

	@Override
	public List<StoredDocument> findAll(DocumentOwner owner, Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, DocumentRecord> found = this.mongo
			.find(Query.query(ofOwner(owner).and("_id").in(ids)), DocumentRecord.class)
			.stream()
			.collect(Collectors.toMap(DocumentRecord::id, Function.identity()));
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).map(DocumentRecord::toStored).toList();
	}

	@Override
	public void attach(DocumentOwner owner, Collection<String> ids, String attachedTo) {
		if (ids.isEmpty()) {
			return;
		}
		this.mongo.updateMulti(Query.query(ofOwner(owner).and("_id").in(ids).and("attachedTo").isNull()),
				Update.update("attachedTo", attachedTo), DocumentRecord.class);
	}

	@Override
	public InputStream open(StoredDocument document) {
		DocumentRecord record = record(document.owner(), document.id());
		if (record == null) {
			throw new IllegalStateException("Document " + document.id() + " is not kept here");
		}
		if (record.purge() != null) {
			// Purged since it was read: answered 410 like one read purged.
			throw new DocumentPurgedException(record.toStored());
		}
		return this.bucket.openDownloadStream(record.contentId());
	}

	@Override
	public Optional<StoredDocument> purge(DocumentOwner owner, String id, RecordedActor by, String reason) {
		DocumentRecord record = record(owner, id);
		if (record == null) {
			return Optional.empty();
		}
		if (record.purge() == null) {
			StoredDocument.Purge purge = new StoredDocument.Purge(this.clock.instant(), by, reason);
			DocumentRecord purged = this.mongo.findAndModify(
					Query.query(Criteria.where("_id").is(id).and("purge").isNull()), Update.update("purge", purge),
					FindAndModifyOptions.options().returnNew(true), DocumentRecord.class);
			record = (purged != null) ? purged : record(owner, id);
		}
		deleteContent(record.contentId());
		return Optional.of(record.toStored());
	}

	private DocumentRecord record(DocumentOwner owner, String id) {
		if (id == null) {
			return null;
		}
		return this.mongo.findOne(Query.query(ofOwner(owner).and("_id").is(id)), DocumentRecord.class);
	}

	private static Criteria ofOwner(DocumentOwner owner) {
		return Criteria.where("owner.kind").is(owner.kind()).and("owner.id").is(owner.id());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
