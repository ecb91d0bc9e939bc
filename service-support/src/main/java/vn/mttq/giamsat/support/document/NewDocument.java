package vn.mttq.giamsat.support.document;

import java.io.IOException;
import java.io.InputStream;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * A file arriving to be stored. Its bytes are read once, as a stream, never whole in
 * memory.
 *
 * @param owner what it belongs to
 * @param purpose why it was uploaded, one of the owner's own words ({@code REPLY},
 * {@code EVIDENCE}, {@code SIGNED_LETTER}, {@code MINUTES}, {@code CONCLUSION},
 * {@code OTHER})
 * @param originalName the name the uploader's device gave it; made safe before it is kept
 * @param declaredType the media type the upload declared, or {@code null} (or
 * {@code application/octet-stream}) when it declared none
 * @param declaredSize its length as the upload declared it, or -1 when unknown
 * @param content opens its bytes
 * @param uploadedBy who uploaded it
 */
public record NewDocument(DocumentOwner owner, String purpose, String originalName, String declaredType,
		long declaredSize, Content content, RecordedActor uploadedBy) {

	/** Opens the bytes of an upload, once. */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;

	}

}
