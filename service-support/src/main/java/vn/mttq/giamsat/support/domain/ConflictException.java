package vn.mttq.giamsat.support.domain;

/**
 * The request clashes with existing state, such as a duplicate official number; answered
 * with 409 and, where known, the id of the resource that already exists.
 */
public class ConflictException extends DomainException {

	private final String existingId;

	public ConflictException(Phrase phrase, String existingId) {
		super(phrase);
		this.existingId = existingId;
	}

	public ConflictException(String message, String existingId) {
		this(Phrase.untranslated(message), existingId);
	}

	public String existingId() {
		return this.existingId;
	}

}
