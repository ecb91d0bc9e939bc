package vn.mttq.giamsat.support.domain;

/**
 * A well-formed request that a business rule forbids; answered with 422 naming the field.
 */
public class BusinessRuleException extends RuntimeException {

	private final String field;

	public BusinessRuleException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
