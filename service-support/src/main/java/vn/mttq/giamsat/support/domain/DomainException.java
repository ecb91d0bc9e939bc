package vn.mttq.giamsat.support.domain;

/**
 * A refusal a service answers with a problem: its message is a {@link Phrase}, English in
 * the logs and in the language the request asks for in the answer.
 */
public abstract class DomainException extends RuntimeException {

	private final transient Phrase phrase;

	protected DomainException(Phrase phrase) {
		super(phrase.inEnglish());
		this.phrase = phrase;
	}

	/** What went wrong, for people, in any language the service has. */
	public Phrase phrase() {
		return this.phrase;
	}

}
