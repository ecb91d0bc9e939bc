package vn.mttq.giamsat.console.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;

/**
 * Turns a service's error answer into what the console does about it: 401 (the token was
 * refused) signs the person in again and comes back, 502 to 504 is the service being
 * unavailable, anything else is a {@link ServiceProblem}.
 */
public final class ServiceFailures {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final int MAX_BODY = 64 * 1024;

	private ServiceFailures() {
	}

	/**
	 * Throws what an error answer means, for a caller that reads the answer itself
	 * ({@code exchange}, a download); does nothing for a success.
	 */
	public static void check(Service service, ClientHttpResponse response) throws IOException {
		if (response.getStatusCode().isError()) {
			raise(service, ServiceClientConfiguration.REGISTRATION, null, response);
		}
	}

	static void raise(Service service, String registrationId, HttpRequest request, ClientHttpResponse response)
			throws IOException {
		int status = response.getStatusCode().value();
		if (status == 401) {
			throw new ClientAuthorizationRequiredException(registrationId);
		}
		if (status == 502 || status == 503 || status == 504) {
			throw new ServiceUnavailable(service, null);
		}
		throw read(service, status, response.getBody());
	}

	@SuppressWarnings("unchecked")
	static ServiceProblem read(Service service, int status, InputStream body) throws IOException {
		Map<String, Object> members;
		try {
			byte[] bytes = body.readNBytes(MAX_BODY);
			members = (bytes.length > 0) ? json.readValue(bytes, Map.class) : Map.of();
		}
		catch (JacksonException ex) {
			members = Map.of();
		}
		List<ServiceProblem.FieldError> errors = new ArrayList<>();
		if (members.get("errors") instanceof List<?> list) {
			for (Object error : list) {
				if (error instanceof Map<?, ?> field) {
					errors.add(new ServiceProblem.FieldError(String.valueOf(field.get("field")),
							String.valueOf(field.get("message"))));
				}
			}
		}
		Map<String, Object> properties = new LinkedHashMap<>(members);
		properties.values().removeIf(Objects::isNull);
		return new ServiceProblem(service, status, text(members.get("type"), "about:blank"),
				text(members.get("title"), null), text(members.get("detail"), null), errors, properties);
	}

	private static String text(Object value, String otherwise) {
		return (value != null) ? value.toString() : otherwise;
	}

}
