package vn.mttq.giamsat.support.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.web.ProblemTypes;
import vn.mttq.giamsat.support.web.guard.FilterProblems;

/**
 * Answers a missing, expired, forged or foreign token with 401 and a missing role with
 * 403, both as problem+json like every other error.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final FilterProblems problems;

	ProblemSecurityHandlers(FilterProblems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, Phrase.of("problem.token-required",
				"A valid bearer token from the trusted issuer is required: {0}", exception.getMessage()));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
				Phrase.of("problem.role-not-allowed", "Your role does not allow this request."));
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
			Phrase detail) throws IOException {
		this.problems.write(request, response, status, type, detail);
	}

}
