package vn.mttq.giamsat.support.document.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.mttq.giamsat.support.document.DocumentPurgedException;
import vn.mttq.giamsat.support.document.DocumentRefusedException;
import vn.mttq.giamsat.support.document.StoredDocument;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.web.ProblemTypes;

/**
 * The document store's refusals as problem+json, in the request's language: 413 for a
 * file too large, 415 for a type not allowed or not the one declared (naming the types
 * accepted and the one its bytes show), 410 for a purged document (when, by whom, why).
 * It stands beside the shared problem advice so that the web layer knows nothing of
 * documents.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DocumentProblems {

	private final MessageSource messages;

	public DocumentProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DocumentRefusedException.class)
	ProblemDetail documentRefused(DocumentRefusedException ex) {
		if (ex.reason() == DocumentRefusedException.Reason.TOO_LARGE) {
			return problem(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, ex.phrase());
		}
		URI type = (ex.reason() == DocumentRefusedException.Reason.TYPE_MISMATCH) ? ProblemTypes.DOCUMENT_TYPE_MISMATCH
				: ProblemTypes.DOCUMENT_TYPE_NOT_ALLOWED;
		ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, type, ex.phrase());
		problem.setProperty("allowedTypes", ex.allowedTypes());
		problem.setProperty("detectedType", ex.detectedType());
		return problem;
	}

	@ExceptionHandler(DocumentPurgedException.class)
	ProblemDetail documentPurged(DocumentPurgedException ex) {
		ProblemDetail problem = problem(HttpStatus.GONE, ProblemTypes.DOCUMENT_PURGED, ex.phrase());
		StoredDocument.Purge purge = ex.document().purge();
		problem.setProperty("purgedAt", purge.at().toString());
		problem.setProperty("purgedBy", purge.by().organisationId());
		problem.setProperty("reason", purge.reason());
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, URI type, Phrase detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, say(detail));
		problem.setType(type);
		problem.setTitle(say(ProblemTypes.titleOf(type, status)));
		return problem;
	}

	private String say(Phrase phrase) {
		Locale language = LocaleContextHolder.getLocale();
		return this.messages.getMessage(phrase, language);
	}

}
