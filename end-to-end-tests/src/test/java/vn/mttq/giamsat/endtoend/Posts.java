package vn.mttq.giamsat.endtoend;

import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The end-to-end tests' way to create something through a service's API.
 */
final class Posts {

	private Posts() {
	}

	/**
	 * Posts a JSON body and expects 201 Created.
	 * @param client the caller, with its token
	 * @param json the request body
	 * @param uri the path template
	 * @param uriVariables the template's values
	 * @return what the service answered
	 */
	static Map<?, ?> created(RestTestClient client, String json, String uri, Object... uriVariables) {
		return created(client, (headers) -> {
		}, json, uri, uriVariables);
	}

	/**
	 * Posts JSON with headers of its own and expects 201 Created.
	 * @param client the service's client
	 * @param headers sets the request's headers, such as a {@code traceparent}
	 * @param json the body
	 * @param uri the path template
	 * @param uriVariables the template's values
	 * @return what the service answered
	 */
	static Map<?, ?> created(RestTestClient client, Consumer<HttpHeaders> headers, String json, String uri,
			Object... uriVariables) {
		return client.post()
			.uri(uri, uriVariables)
			.headers(headers)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
