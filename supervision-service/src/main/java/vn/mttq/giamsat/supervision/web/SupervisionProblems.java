package vn.mttq.giamsat.supervision.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.mttq.giamsat.support.domain.InvalidField;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.web.ProblemTypes;

/**
 * Answers this service's own problems, before the shared advice sees them, in the
 * language the request asks for ({@code messages/problems_vi.properties}; English
 * otherwise).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SupervisionProblems {

	private final MessageSource messages;

	SupervisionProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RulesViolatedException.class)
	ProblemDetail rulesViolated(RulesViolatedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<InvalidField> errors = ex.problems().stream().map((problem) -> problem.in(this.messages, locale)).toList();
		String detail = (errors.size() == 1) ? errors.get(0).message()
				: FieldProblem.say(Phrase.of("rules-violated", "{0} rules are violated; each is listed in errors.",
						String.valueOf(errors.size())), this.messages, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
		problem.setType(ProblemTypes.BUSINESS_RULE);
		problem.setTitle(
				FieldProblem.say(ProblemTypes.titleOf(ProblemTypes.BUSINESS_RULE, HttpStatus.UNPROCESSABLE_CONTENT),
						this.messages, locale));
		problem.setProperty("errors", errors);
		return problem;
	}

}
