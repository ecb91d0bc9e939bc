package vn.mttq.giamsat.console.front;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceFailures;

/**
 * Streams a service's file to the browser (an official document, a signed scan, an
 * agency's reply, a report) without keeping it in memory: the service's type, name and
 * length go along; a refusal becomes what the console shows for it, as for any page.
 */
@Component
public class Downloads {

	private static final List<String> PASSED_ON = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION,
			HttpHeaders.CONTENT_LENGTH);

	/** Streams the file at this URI of the service into the response. */
	public void stream(Service service, RestClient client, HttpServletResponse response, String uri,
			Object... variables) {
		client.get().uri(uri, variables).exchange((request, answer) -> {
			ServiceFailures.check(service, answer);
			for (String header : PASSED_ON) {
				String value = answer.getHeaders().getFirst(header);
				if (value != null) {
					response.setHeader(header, value);
				}
			}
			response.setHeader("X-Content-Type-Options", "nosniff");
			StreamUtils.copy(answer.getBody(), response.getOutputStream());
			return null;
		});
	}

}
