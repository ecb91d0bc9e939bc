package vn.mttq.giamsat.console.front.item;

import java.time.Instant;

/**
 * A file a service keeps: an agency's reply or evidence, a letter's signed scan.
 *
 * @param id its id
 * @param name its name
 * @param contentType its type
 * @param size its size in bytes
 * @param purpose why it was given (REPLY, EVIDENCE, SIGNED_LETTER, ...)
 * @param uploadedAt when
 * @param purged set once an administrator purged its content
 */
public record StoredDocument(String id, String name, String contentType, long size, String purpose, Instant uploadedAt,
		Object purged) {

	public boolean available() {
		return this.purged == null;
	}

}
