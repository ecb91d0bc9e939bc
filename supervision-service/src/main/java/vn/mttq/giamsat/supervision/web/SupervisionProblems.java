package vn.mttq.giamsat.supervision.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.mttq.giamsat.support.web.ProblemTypes;

/**
 * Answers this service's own problems, before the shared advice sees them.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SupervisionProblems {

	@ExceptionHandler(RulesViolatedException.class)
	ProblemDetail rulesViolated(RulesViolatedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setType(ProblemTypes.BUSINESS_RULE);
		problem.setTitle("Rule violated");
		problem.setProperty("errors", ex.errors());
		return problem;
	}

}
