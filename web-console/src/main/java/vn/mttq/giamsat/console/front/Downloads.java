package vn.mttq.giamsat.console.front;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.service.ServiceUnavailable;

/**
 * Streams a service's file to the browser (an official document, a signed scan, an
 * agency's reply, a report) without keeping it in memory: the service's type, name and
 * length go along; a refusal becomes what the console shows for it, as for any page.
 */
@Component
public class Downloads {

	private static final List<String> PASSED_ON = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION,
			HttpHeaders.CONTENT_LENGTH);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final int MAX_PROBLEM = 64 * 1024;

	/** Streams the file at this URI of the service into the response. */
	public void stream(Service service, RestClient client, HttpServletResponse response, String uri,
			Object... variables) {
		client.get().uri(uri, variables).exchange((request, answer) -> {
			int status = answer.getStatusCode().value();
			if (status == 401) {
				throw new ClientAuthorizationRequiredException("giamsat");
			}
			if (status == 502 || status == 503 || status == 504) {
				throw new ServiceUnavailable(service, null);
			}
			if (status >= 400) {
				throw ServiceProblem.of(service, status, detail(answer.getBody()));
			}
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

	private static String detail(InputStream body) throws IOException {
		try {
			byte[] bytes = body.readNBytes(MAX_PROBLEM);
			Map<?, ?> problem = (bytes.length > 0) ? json.readValue(bytes, Map.class) : Map.of();
			Object detail = (problem.get("detail") != null) ? problem.get("detail") : problem.get("title");
			return (detail != null) ? detail.toString() : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
