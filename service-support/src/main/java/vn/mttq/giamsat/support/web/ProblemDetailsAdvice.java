package vn.mttq.giamsat.support.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.domain.DomainException;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.InvalidField;
import vn.mttq.giamsat.support.domain.InvalidStateException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.domain.StaleVersionException;

/**
 * Answers every error of every endpoint as RFC 9457 problem+json with a stable
 * {@code type}, in the language the request asks for; validation problems list each
 * invalid field by name.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/** How many invalid fields a problem lists at most. */
	public static final int MAX_ERRORS = 100;

	private final String maxFile;

	private final String maxUpload;

	public ProblemDetailsAdvice() {
		this(DataSize.ofMegabytes(20), DataSize.ofMegabytes(21));
	}

	/**
	 * The advice of an API that takes uploads.
	 * @param maxFile the largest file accepted
	 * @param maxUpload the largest multipart upload accepted
	 */
	public ProblemDetailsAdvice(DataSize maxFile, DataSize maxUpload) {
		this.maxFile = readable(maxFile);
		this.maxUpload = readable(maxUpload);
	}

	private static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + " MB";
		}
		return (bytes % 1024 == 0) ? size.toKilobytes() + " KB" : bytes + " B";
	}

	@ExceptionHandler(ResourceNotFoundException.class)
	ProblemDetail notFound(ResourceNotFoundException ex) {
		return refusal(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, ex);
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = refusal(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, ex);
		if (ex.existingId() != null) {
			problem.setProperty("existingId", ex.existingId());
		}
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT,
				Phrase.of("problem.concurrent-change",
						"The resource was changed by someone else in the meantime; read it again and retry."));
		problem.setTitle(say(Phrase.of("problem.title.concurrent-change", "Concurrent change")));
		return problem;
	}

	@ExceptionHandler(InvalidStateException.class)
	ProblemDetail invalidState(InvalidStateException ex) {
		ProblemDetail problem = refusal(HttpStatus.CONFLICT, ProblemTypes.INVALID_STATE, ex);
		problem.setProperty("currentState", ex.currentState());
		problem.setProperty("allowedActions", ex.allowedActions());
		return problem;
	}

	@ExceptionHandler(StaleVersionException.class)
	ProblemDetail staleVersion(StaleVersionException ex) {
		ProblemDetail problem = refusal(HttpStatus.PRECONDITION_FAILED, ProblemTypes.STALE_VERSION, ex);
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail businessRule(BusinessRuleException ex) {
		ProblemDetail problem = refusal(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.BUSINESS_RULE, ex);
		problem.setProperty("errors", List.of(new InvalidField(ex.field(), problem.getDetail())));
		return problem;
	}

	/**
	 * A multipart body the container could not read to its end (a broken or malformed
	 * upload); one over the limit is answered by
	 * {@link #handleMaxUploadSizeExceededException}.
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableUpload(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, Phrase.of("problem.upload.unreadable",
				"The upload cannot be read: its multipart body is incomplete or malformed."));
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		return refusal(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, ex);
	}

	/**
	 * A method-level rule ({@code @PreAuthorize}) refused the request inside the
	 * controller.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
				Phrase.of("problem.role-not-allowed", "Your role does not allow this request."));
	}

	/**
	 * Method validation outside Spring MVC's own (a validated bean called by a
	 * controller).
	 */
	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
		return invalid(ex.getConstraintViolations()
			.stream()
			.map((violation) -> FieldPhrase.said(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.sorted(Comparator.comparing(FieldPhrase::field))
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
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE, Phrase.of("problem.unavailable",
					"A database or message broker the service needs is unreachable; retry in a few seconds.")));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error while handling a request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.SERVER_ERROR, Phrase.of("problem.server-error",
				"The request could not be completed because of an internal error; it has been logged."));
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

	/**
	 * A required {@code If-Match} that is missing is a precondition the client must meet
	 * (428), not a malformed request.
	 */
	@Override
	protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof MissingRequestHeaderException missing
				&& HttpHeaders.IF_MATCH.equalsIgnoreCase(missing.getHeaderName())) {
			return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED)
				.body(problem(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED,
						Phrase.of("problem.if-match-required",
								"This request must say in If-Match which version of the resource it acts on.")));
		}
		return super.handleServletRequestBindingException(ex, headers, status, request);
	}

	/**
	 * A multipart upload, or one of its files, over the limit, found while the container
	 * wrote its parts to disk: before the handler ran and before anything was stored.
	 */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.header(HttpHeaders.CONNECTION, "close")
			.body(problem(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
					Phrase.of("problem.upload.too-large",
							"The upload is larger than allowed: a file may be at most {0}, the whole upload {1}.",
							this.maxFile, this.maxUpload)));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return invalid(List.of(InvalidFields.of(ex)));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldPhrase field = InvalidFields.of(ex);
		Phrase detail = (field.field() != null)
				? Phrase.of("problem.field", "Field ''{0}'' {1}.", field.field(), field.phrase()) : field.phrase();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, detail);
		if (field.field() != null) {
			problem.setProperty("errors", List.of(new InvalidField(field.field(), say(field.phrase()))));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * Gives the framework's own problems (404 for an unknown path, 405, 406, 415...) a
	 * stable type too, named after their status, and a title in the request's language;
	 * their detail comes from the {@code problemDetail.*} texts of the message source.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			problem.setType(ProblemTypes.forStatus(statusCode));
			problem.setTitle(say(ProblemTypes.titleOf(problem.getType(), statusCode)));
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
	private ResponseEntity<Object> invalid(List<FieldPhrase> fields) {
		Phrase detail = (fields.size() == 1) ? Phrase.of("problem.one-field-invalid", "1 field is invalid.")
				: Phrase.of("problem.fields-invalid", "{0} fields are invalid.", String.valueOf(fields.size()));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, detail);
		problem.setProperty("errors",
				fields.stream()
					.limit(MAX_ERRORS)
					.map((field) -> new InvalidField(field.field(), say(field.phrase())))
					.toList());
		problem.setProperty("totalErrors", fields.size());
		return ResponseEntity.badRequest().body(problem);
	}

	private ProblemDetail refusal(HttpStatus status, URI type, DomainException ex) {
		return problem(status, type, ex.phrase());
	}

	private ProblemDetail problem(HttpStatus status, URI type, Phrase detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, say(detail));
		problem.setType(type);
		problem.setTitle(say(ProblemTypes.titleOf(type, status)));
		return problem;
	}

	/** Says a phrase in the request's language (the one Spring MVC resolved). */
	private String say(Phrase phrase) {
		MessageSource messages = getMessageSource();
		Locale language = LocaleContextHolder.getLocale();
		return (messages != null) ? messages.getMessage(phrase, language) : phrase.inEnglish();
	}

}
