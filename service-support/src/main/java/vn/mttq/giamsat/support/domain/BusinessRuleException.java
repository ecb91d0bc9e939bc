package vn.mttq.giamsat.support.domain;

/**
 * A well-formed request that a business rule forbids; answered with 422 naming the field.
 */
public class BusinessRuleException extends DomainException {

	private final String field;

	public BusinessRuleException(String field, Phrase phrase) {
		super(phrase);
		this.field = field;
	}

	public BusinessRuleException(String field, String message) {
		this(field, Phrase.untranslated(message));
	}

	public String field() {
		return this.field;
	}

}
