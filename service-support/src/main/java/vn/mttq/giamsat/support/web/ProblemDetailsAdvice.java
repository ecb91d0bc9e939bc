package vn.mttq.giamsat.support.web;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.messaging.MessagingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.InvalidField;
import vn.mttq.giamsat.support.domain.InvalidStateException;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.domain.StaleVersionException;

/**
 * Answers every error of every endpoint as RFC 9457 problem+json with a stable
 * {@code type}; validation problems list each invalid field by name.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/** How many invalid fields a problem lists at most. */
	public static final int MAX_ERRORS = 100;

	@ExceptionHandler(ResourceNotFoundException.class)
	ProblemDetail notFound(ResourceNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", ex.getMessage());
		if (ex.existingId() != null) {
			problem.setProperty("existingId", ex.existingId());
		}
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Concurrent change",
				"The resource was changed by someone else in the meantime; read it again and retry.");
	}

	@ExceptionHandler(InvalidStateException.class)
	ProblemDetail invalidState(InvalidStateException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.INVALID_STATE, "Not allowed now",
				ex.getMessage());
		problem.setProperty("currentState", ex.currentState());
		problem.setProperty("allowedActions", ex.allowedActions());
		return problem;
	}

	@ExceptionHandler(StaleVersionException.class)
	ProblemDetail staleVersion(StaleVersionException ex) {
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, ProblemTypes.STALE_VERSION, "Stale version",
				ex.getMessage());
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail businessRule(BusinessRuleException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.BUSINESS_RULE, "Rule violated",
				ex.getMessage());
		problem.setProperty("errors", List.of(new InvalidField(ex.field(), ex.getMessage())));
		return problem;
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", ex.getMessage());
	}

	/**
	 * A method-level rule ({@code @PreAuthorize}) refused the request inside the
	 * controller.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
				"Your role does not allow this request.");
	}

	/**
	 * Method validation outside Spring MVC's own (a validated bean called by a
	 * controller).
	 */
	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
		return invalid(ex.getConstraintViolations()
			.stream()
			.map((violation) -> new InvalidField(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.sorted(java.util.Comparator.comparing(InvalidField::field))
			.toList());
	}

	/**
	 * The database or the broker is unreachable: nothing was decided, the client may
	 * retry.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			MessagingException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		log.warn("A dependency is unavailable: {}", ex.toString());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE, "Service unavailable",
					"A database or message broker the service needs is unreachable; retry in a few seconds."));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error while handling a request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.SERVER_ERROR, "Server error",
				"The request could not be completed because of an internal error; it has been logged.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(InvalidFields.of(ex.getBindingResult()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(InvalidFields.of(ex));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return invalid(List.of(InvalidFields.of(ex)));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		InvalidField field = InvalidFields.of(ex);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
				field.message());
		if (field.field() != null) {
			problem.setProperty("errors", List.of(field));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * Gives the framework's own problems (404 for an unknown path, 405, 406, 415...) a
	 * stable type too, named after their status.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			problem.setType(ProblemTypes.forStatus(statusCode));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static String lastNode(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

	/**
	 * Lists the first {@value #MAX_ERRORS} invalid fields and counts them all, so that a
	 * body with thousands of bad elements costs a short answer.
	 */
	private ResponseEntity<Object> invalid(List<InvalidField> fields) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
				fields.size() == 1 ? "1 field is invalid." : fields.size() + " fields are invalid.");
		problem.setProperty("errors", (fields.size() > MAX_ERRORS) ? fields.subList(0, MAX_ERRORS) : fields);
		problem.setProperty("totalErrors", fields.size());
		return ResponseEntity.badRequest().body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, java.net.URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

}
