package vn.mttq.giamsat.support.web.guard;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.web.ProblemTypes;

/**
 * Writes a problem+json answer from a servlet filter, where no controller advice runs, in
 * the language the request asks for.
 */
public final class FilterProblems {

	private final JsonMapper json;

	private final MessageSource messages;

	private final Function<HttpServletRequest, Locale> languages;

	/**
	 * Creates the writer.
	 * @param json the mapper that writes the problem
	 * @param messages the texts, in every language the service has
	 * @param languages reads the language a request asks for (a {@code LocaleResolver})
	 */
	public FilterProblems(JsonMapper json, MessageSource messages, Function<HttpServletRequest, Locale> languages) {
		this.json = json;
		this.messages = messages;
		this.languages = languages;
	}

	/**
	 * Answers a request with a problem titled after its type.
	 * @param request the request, whose path becomes the problem's instance
	 * @param response the response, not yet committed
	 * @param status the status
	 * @param type the problem's stable type
	 * @param detail what went wrong, in plain words
	 * @throws IOException if the answer cannot be written
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
			Phrase detail) throws IOException {
		Locale language = this.languages.apply(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, say(detail, language));
		problem.setType(type);
		problem.setTitle(say(ProblemTypes.titleOf(type, status), language));
		problem.setInstance(instance(request));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
		this.json.writeValue(response.getOutputStream(), problem);
	}

	private String say(Phrase phrase, Locale language) {
		return this.messages.getMessage(phrase, language);
	}

	private static URI instance(HttpServletRequest request) {
		try {
			return URI.create(request.getRequestURI());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
