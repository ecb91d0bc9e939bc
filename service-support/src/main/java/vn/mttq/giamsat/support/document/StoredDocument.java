package vn.mttq.giamsat.support.document;

import java.time.Instant;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * A document as it is kept: what it is, who uploaded it, what it was attached to, and
 * whether an administrator purged its content.
 *
 * @param id its id
 * @param owner what it belongs to
 * @param purpose why it was uploaded
 * @param name its file name, made safe
 * @param contentType its media type, detected from its bytes
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its bytes, lowercase hexadecimal
 * @param uploadedAt when it was stored
 * @param uploadedBy who uploaded it
 * @param attachedTo what it was attached to (a step's event id, a letter's id), or
 * {@code null} while it waits to be attached
 * @param purge its purge, or {@code null} while its content is kept
 */
public record StoredDocument(String id, DocumentOwner owner, String purpose, String name, String contentType, long size,
		String sha256, Instant uploadedAt, RecordedActor uploadedBy, String attachedTo, Purge purge) {

	/**
	 * Whether its content was purged.
	 * @return {@code true} once purged
	 */
	public boolean purged() {
		return this.purge != null;
	}

	/**
	 * Its reference for an event.
	 * @param service the service that keeps it
	 * @param href the path of its download on that service's API
	 * @return the reference
	 */
	public DocumentReference reference(String service, String href) {
		return new DocumentReference(this.id, this.name, this.contentType, this.size, this.sha256, service, href);
	}

	/**
	 * An administrator's purge of a document's content; the record of the document stays.
	 *
	 * @param at when
	 * @param by who
	 * @param reason why, in their words
	 */
	public record Purge(Instant at, RecordedActor by, String reason) {
	}

}
