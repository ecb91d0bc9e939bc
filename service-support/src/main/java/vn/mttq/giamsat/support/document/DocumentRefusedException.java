package vn.mttq.giamsat.support.document;

import java.util.List;

import vn.mttq.giamsat.support.domain.DomainException;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * A file the store will not keep: too large (413) or of a type not allowed or not the one
 * it declared (415). Answered as problem+json naming the limit or the allowed types.
 */
public class DocumentRefusedException extends DomainException {

	/** Why a file was refused. */
	public enum Reason {

		/** Larger than the limit per file or than what the owner has left. */
		TOO_LARGE,

		/** Its bytes are of a type not allowed. */
		TYPE_NOT_ALLOWED,

		/** Its bytes are not of the type it declared. */
		TYPE_MISMATCH

	}

	private final Reason reason;

	private final transient List<String> allowedTypes;

	private final String detectedType;

	public DocumentRefusedException(Reason reason, Phrase phrase) {
		this(reason, phrase, List.of(), null);
	}

	/**
	 * A refusal that names the types the store accepts and the one it found.
	 * @param reason why
	 * @param phrase what to tell the uploader
	 * @param allowedTypes the media types accepted
	 * @param detectedType the media type the file's bytes show, or {@code null}
	 */
	public DocumentRefusedException(Reason reason, Phrase phrase, List<String> allowedTypes, String detectedType) {
		super(phrase);
		this.reason = reason;
		this.allowedTypes = List.copyOf(allowedTypes);
		this.detectedType = detectedType;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The media types the store accepts; empty for a refusal by size. */
	public List<String> allowedTypes() {
		return this.allowedTypes;
	}

	/** The media type the file's bytes show, or {@code null} for a refusal by size. */
	public String detectedType() {
		return this.detectedType;
	}

}
