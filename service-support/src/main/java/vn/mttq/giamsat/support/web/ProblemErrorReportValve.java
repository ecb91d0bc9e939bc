package vn.mttq.giamsat.support.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;

import vn.mttq.giamsat.support.web.guard.SecurityHeaders;

/**
 * Answers the errors Tomcat raises itself, before any filter runs (a path with an encoded
 * slash or NUL, say), as problem+json instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		try {
			SecurityHeaders.apply(response::setHeader);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"" + ProblemTypes.forStatus(HttpStatus.valueOf(status)) + "\",\"title\":\""
						+ title + "\",\"status\":" + status
						+ ",\"detail\":\"The server refused the request line or path before reading it.\"}");
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response already started; nothing more to
			// tell.
		}
	}

}
