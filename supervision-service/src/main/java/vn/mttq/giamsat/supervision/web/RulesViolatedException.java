package vn.mttq.giamsat.supervision.web;

import java.util.List;

import vn.mttq.giamsat.support.domain.InvalidField;

/**
 * A well-formed request that one or more business rules forbid; answered with 422 and
 * every offending field listed, so that a whole import file can be corrected at once.
 */
public class RulesViolatedException extends RuntimeException {

	private final List<InvalidField> errors;

	public RulesViolatedException(List<InvalidField> errors) {
		super(summary(errors));
		this.errors = List.copyOf(errors);
	}

	public RulesViolatedException(String field, String message) {
		this(List.of(new InvalidField(field, message)));
	}

	public List<InvalidField> errors() {
		return this.errors;
	}

	private static String summary(List<InvalidField> errors) {
		return (errors.size() == 1) ? errors.get(0).message()
				: errors.size() + " rules are violated; each is listed in errors.";
	}

}
