package vn.mttq.giamsat.support.domain;

/**
 * The actor is known and may see the resource but may not do this to it, such as issuing
 * a letter for another Front body; answered with 403.
 */
public class ForbiddenException extends DomainException {

	public ForbiddenException(Phrase phrase) {
		super(phrase);
	}

	public ForbiddenException(String message) {
		this(Phrase.untranslated(message));
	}

}
