package vn.mttq.giamsat.support.document.web;

import java.time.Instant;

import vn.mttq.giamsat.support.document.StoredDocument;

/**
 * A document as every API shows it.
 *
 * @param id its id
 * @param name its file name, made safe
 * @param contentType its media type, detected from its bytes
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its bytes, lowercase hexadecimal
 * @param purpose why it was uploaded
 * @param uploadedAt when it was stored
 * @param uploadedBy the organisation of who uploaded it
 * @param attachedTo what it was attached to, or {@code null} while it waits
 * @param purged its purge, or {@code null} while its content is kept
 * @param href the path of its download
 */
public record DocumentView(String id, String name, String contentType, long size, String sha256, String purpose,
		Instant uploadedAt, String uploadedBy, String attachedTo, Purged purged, String href) {

	/**
	 * The view of a stored document.
	 * @param document the document
	 * @param href the path of its download on this API
	 * @return its view
	 */
	public static DocumentView of(StoredDocument document, String href) {
		StoredDocument.Purge purge = document.purge();
		return new DocumentView(document.id(), document.name(), document.contentType(), document.size(),
				document.sha256(), document.purpose(), document.uploadedAt(),
				(document.uploadedBy() != null) ? document.uploadedBy().organisationId() : null, document.attachedTo(),
				(purge != null) ? new Purged(purge.at(), (purge.by() != null) ? purge.by().organisationId() : null,
						purge.reason()) : null,
				href);
	}

	/**
	 * An administrator's purge of the content.
	 *
	 * @param at when
	 * @param by the administrator's organisation
	 * @param reason why
	 */
	public record Purged(Instant at, String by, String reason) {
	}

}
