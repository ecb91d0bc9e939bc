package vn.mttq.giamsat.support.web.guard;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.text.TextRules;
import vn.mttq.giamsat.support.web.ProblemTypes;

/**
 * The first filter every request meets. It sets the {@link SecurityHeaders}, then refuses
 * what no handler should see, each as problem+json:
 * <ul>
 * <li>a body over the limit, 413: a declared length at once, a chunked body once the
 * limit is passed, so that no part of an oversized body ever reaches a handler (a chunked
 * body within the limit is read here and handed on from memory);</li>
 * <li>a multipart upload ({@code multipart/form-data}) over the larger limit of uploads,
 * 413 at once when its declared length is over it; its body is never read here (not even
 * to list its parameters, which the container would answer by parsing the whole upload):
 * the container writes its parts to disk once a handler asks for them, after security,
 * and refuses a chunked upload that passes the limit while it does;</li>
 * <li>a query string that is not valid percent-encoded UTF-8, that holds more parameters
 * than allowed, or whose text holds characters {@link TextRules} refuses, 400;</li>
 * <li>a request for the container's error page itself, 404.</li>
 * </ul>
 */
public class RequestGuardFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final long maxUploadBytes;

	private final int maxParameters;

	private final FilterProblems problems;

	public RequestGuardFilter(long maxBytes, int maxParameters, FilterProblems problems) {
		this(maxBytes, maxBytes, maxParameters, problems);
	}

	/**
	 * Creates the guard.
	 * @param maxBytes the largest body accepted
	 * @param maxUploadBytes the largest multipart upload accepted
	 * @param maxParameters the most query parameters accepted
	 * @param problems writes the refusals
	 */
	public RequestGuardFilter(long maxBytes, long maxUploadBytes, int maxParameters, FilterProblems problems) {
		this.maxBytes = maxBytes;
		this.maxUploadBytes = Math.max(maxBytes, maxUploadBytes);
		this.maxParameters = maxParameters;
		this.problems = problems;
	}

	/**
	 * The filter registered first in a servlet context, before security.
	 * @param maxBody the largest body accepted
	 * @param maxParameters the most query parameters accepted
	 * @param problems writes the refusals
	 * @return the registration
	 */
	public static FilterRegistrationBean<RequestGuardFilter> first(DataSize maxBody, int maxParameters,
			FilterProblems problems) {
		FilterRegistrationBean<RequestGuardFilter> registration = new FilterRegistrationBean<>(
				new RequestGuardFilter(maxBody.toBytes(), maxParameters, problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * The filter registered first in a servlet context, before security, with a larger
	 * limit for multipart uploads.
	 * @param maxBody the largest body accepted
	 * @param maxUpload the largest multipart upload accepted (a document and its form
	 * fields)
	 * @param maxParameters the most query parameters accepted
	 * @param problems writes the refusals
	 * @return the registration
	 */
	public static FilterRegistrationBean<RequestGuardFilter> first(DataSize maxBody, DataSize maxUpload,
			int maxParameters, FilterProblems problems) {
		FilterRegistrationBean<RequestGuardFilter> registration = new FilterRegistrationBean<>(
				new RequestGuardFilter(maxBody.toBytes(), maxUpload.toBytes(), maxParameters, problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityHeaders.apply(response::setHeader);
		if (request.getDispatcherType() == DispatcherType.REQUEST && "/error".equals(request.getRequestURI())) {
			this.problems.write(request, response, HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
					Phrase.of("problem.nothing-here", "There is nothing at this path."));
			return;
		}
		boolean upload = isMultipart(request);
		long limit = upload ? this.maxUploadBytes : this.maxBytes;
		if (request.getContentLengthLong() > limit) {
			tooLarge(request, response, limit);
			return;
		}
		Phrase parameterProblem = parameterProblem(request, upload);
		if (parameterProblem != null) {
			this.problems.write(request, response, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
					parameterProblem);
			return;
		}
		HttpServletRequest handed = request;
		if (!upload && request.getContentLengthLong() < 0 && isChunked(request)) {
			byte[] body = readAtMost(request.getInputStream(), this.maxBytes + 1);
			if (body.length > this.maxBytes) {
				tooLarge(request, response, this.maxBytes);
				return;
			}
			handed = new BufferedBodyRequest(request, body);
		}
		chain.doFilter(handed, response);
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		// The connection is closed after the answer, so the rest of the body is never
		// read.
		response.setHeader("Connection", "close");
		this.problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, Phrase
			.of("problem.body.larger-than", "The request body is larger than {0} bytes.", String.valueOf(limit)));
	}

	private Phrase parameterProblem(HttpServletRequest request, boolean upload) {
		Map<String, String[]> parameters;
		try {
			parameters = upload ? QueryParameters.parse(request.getQueryString(), this.maxParameters)
					: request.getParameterMap();
		}
		catch (RuntimeException ex) {
			return Phrase.of("problem.query.unreadable",
					"The query string cannot be read: it must be percent-encoded UTF-8 with at most {0} parameters.",
					String.valueOf(this.maxParameters));
		}
		if (parameters.size() > this.maxParameters) {
			return Phrase.of("problem.query.too-many",
					"The query string holds {0} parameters; at most {1} are allowed.",
					String.valueOf(parameters.size()), String.valueOf(this.maxParameters));
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			Phrase problem = TextRules.singleLineProblemPhraseOf(parameter.getKey());
			for (int i = 0; problem == null && i < parameter.getValue().length; i++) {
				problem = TextRules.problemPhraseOf(parameter.getValue()[i]);
			}
			if (problem != null) {
				return Phrase.of("problem.query.parameter", "Query parameter ''{0}'' {1}.",
						printable(parameter.getKey()), problem);
			}
		}
		return null;
	}

	private static String printable(String name) {
		String shown = name.codePoints()
			.filter((c) -> c >= 0x20 && TextRules.singleLineProblemOf(Character.toString(c)) == null)
			.limit(100)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return shown;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
	}

	private static boolean isChunked(HttpServletRequest request) {
		String encoding = request.getHeader("Transfer-Encoding");
		return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
	}

	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
	}

}
