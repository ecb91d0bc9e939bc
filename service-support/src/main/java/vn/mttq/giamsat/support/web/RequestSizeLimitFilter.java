package vn.mttq.giamsat.support.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over a limit before anything reads them: a declared length over
 * it answers 413 at once, and a chunked body stops being read at the limit.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final JsonMapper json;

	public RequestSizeLimitFilter(DataSize max, JsonMapper json) {
		this.maxBytes = max.toBytes();
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
					"The request body is larger than " + this.maxBytes + " bytes.");
			problem.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
			problem.setTitle("Payload too large");
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem);
			return;
		}
		chain.doFilter(new LimitedRequest(request, this.maxBytes), response);
	}

	/**
	 * A request whose body reads as ended once the limit is reached, so an oversized
	 * chunked body fails as malformed JSON instead of filling the memory.
	 */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					if (this.read >= LimitedRequest.this.maxBytes) {
						return -1;
					}
					int next = in.read();
					if (next >= 0) {
						this.read++;
					}
					return next;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					long left = LimitedRequest.this.maxBytes - this.read;
					if (left <= 0) {
						return -1;
					}
					int count = in.read(buffer, offset, (int) Math.min(length, left));
					if (count > 0) {
						this.read += count;
					}
					return count;
				}

				@Override
				public boolean isFinished() {
					return this.read >= LimitedRequest.this.maxBytes || in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
