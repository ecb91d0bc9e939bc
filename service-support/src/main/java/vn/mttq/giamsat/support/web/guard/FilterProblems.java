package vn.mttq.giamsat.support.web.guard;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes a problem+json answer from a servlet filter, where no controller advice runs.
 */
public final class FilterProblems {

	private final JsonMapper json;

	public FilterProblems(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Answers a request with a problem.
	 * @param request the request, whose path becomes the problem's instance
	 * @param response the response, not yet committed
	 * @param status the status
	 * @param type the problem's stable type
	 * @param detail what went wrong, in plain words
	 * @throws IOException if the answer cannot be written
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
			String detail) throws IOException {
		write(request, response, status, type, status.getReasonPhrase(), detail);
	}

	/**
	 * Answers a request with a problem of a title of its own.
	 * @param request the request, whose path becomes the problem's instance
	 * @param response the response, not yet committed
	 * @param status the status
	 * @param type the problem's stable type
	 * @param title the problem's title
	 * @param detail what went wrong, in plain words
	 * @throws IOException if the answer cannot be written
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
			String title, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		problem.setInstance(instance(request));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
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
