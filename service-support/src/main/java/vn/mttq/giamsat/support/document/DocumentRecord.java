package vn.mttq.giamsat.support.document;

import java.time.Instant;

import org.bson.types.ObjectId;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * A document's record in the {@code documents} collection, beside its content in the
 * {@code documents} GridFS bucket.
 *
 * @param id the document's id
 * @param owner what it belongs to
 * @param purpose why it was uploaded
 * @param name its safe name
 * @param contentType its detected type
 * @param size its length
 * @param sha256 its SHA-256, lowercase hexadecimal
 * @param uploadedAt when it was stored
 * @param uploadedBy who uploaded it
 * @param attachedTo what it was attached to, or {@code null}
 * @param purge its purge, or {@code null}
 * @param contentId its GridFS file
 */
@Document("documents")
@CompoundIndex(name = "owner", def = "{'owner.kind': 1, 'owner.id': 1, 'uploadedAt': 1}")
record DocumentRecord(@Id String id, DocumentOwner owner, String purpose, String name, String contentType, long size,
		String sha256, Instant uploadedAt, RecordedActor uploadedBy, String attachedTo, StoredDocument.Purge purge,
		ObjectId contentId) {

	StoredDocument toStored() {
		return new StoredDocument(this.id, this.owner, this.purpose, this.name, this.contentType, this.size,
				this.sha256, this.uploadedAt, this.uploadedBy, this.attachedTo, this.purge);
	}

}
