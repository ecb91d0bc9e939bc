package vn.mttq.giamsat.support.document;

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

	public DocumentRefusedException(Reason reason, Phrase phrase) {
		super(phrase);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
