package vn.mttq.giamsat.supervision.web;

import java.util.List;

import vn.mttq.giamsat.support.domain.InvalidField;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * A well-formed request that one or more business rules forbid; answered with 422 and
 * every offending field listed, so that a whole import file can be corrected at once.
 */
public class RulesViolatedException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public RulesViolatedException(List<FieldProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public RulesViolatedException(String field, Phrase phrase) {
		this(List.of(new FieldProblem(field, phrase)));
	}

	/** Every offending field, with what is wrong with it. */
	public List<FieldProblem> problems() {
		return this.problems;
	}

	/** Every offending field, in English. */
	public List<InvalidField> errors() {
		return this.problems.stream().map(FieldProblem::inEnglish).toList();
	}

	private static String summary(List<FieldProblem> problems) {
		return (problems.size() == 1) ? problems.get(0).phrase().inEnglish()
				: problems.size() + " rules are violated; each is listed in errors.";
	}

}
