package vn.mttq.giamsat.supervision.organisation.importing.job;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.mttq.giamsat.supervision.organisation.importing.ImportRefusedException;
import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.web.ProblemTypes;

/**
 * The directory import's own problems, in the language the request asks for and with the
 * shared titles: a refused file (422 with its first errors and their total), a file type
 * it does not read (415 naming those it does), every import thread busy (503, retry in a
 * minute).
 */
@RestControllerAdvice(assignableTypes = DirectoryImportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblems {

	private final MessageSource messages;

	ImportProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ImportRefusedException.class)
	ProblemDetail refused(ImportRefusedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.BUSINESS_RULE, ex.phrase());
		problem.setProperty("errors", ex.errors().stream().map((error) -> error.in(this.messages, locale)).toList());
		problem.setProperty("totalErrors", ex.totalErrors());
		return problem;
	}

	@ExceptionHandler(UnsupportedFileTypeException.class)
	ResponseEntity<ProblemDetail> unsupported(UnsupportedFileTypeException ex) {
		ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				ProblemTypes.forStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE), ex.phrase());
		problem.setProperty("accepted", ImportUpload.ACCEPTED.stream().map(MediaType::toString).toList());
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.header(HttpHeaders.ACCEPT, MediaType.toString(ImportUpload.ACCEPTED))
			.body(problem);
	}

	@ExceptionHandler(ImportsBusyException.class)
	ResponseEntity<ProblemDetail> busy(ImportsBusyException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "60")
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE, ex.phrase()));
	}

	private ProblemDetail problem(HttpStatus status, URI type, Phrase detail) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				FieldProblem.say(detail, this.messages, locale));
		problem.setType(type);
		problem.setTitle(FieldProblem.say(ProblemTypes.titleOf(type, status), this.messages, locale));
		return problem;
	}

}
