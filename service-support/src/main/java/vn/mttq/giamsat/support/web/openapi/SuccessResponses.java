package vn.mttq.giamsat.support.web.openapi;

import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springframework.http.HttpStatus;

/**
 * Puts an operation's success under the status its {@link Responds} declares, with that
 * status's headers; a 204 has no body.
 */
final class SuccessResponses {

	private static final Map<String, String> HEADERS = Map.of("Location",
			"Where the created resource, or the job that creates it, can be read", "ETag",
			"The version of the resource, for If-Match", "Retry-After", "Seconds to wait before asking again");

	private SuccessResponses() {
	}

	static void declare(Operation operation, Responds responds) {
		ApiResponses responses = operation.getResponses();
		ApiResponse found = (responses != null) ? responses.remove("200") : null;
		ApiResponse success = (found != null) ? found : new ApiResponse();
		HttpStatus status = responds.status();
		success.setDescription(status.getReasonPhrase());
		if (status == HttpStatus.NO_CONTENT) {
			success.setContent(null);
		}
		for (String name : responds.headers()) {
			success.addHeaderObject(name,
					new Header().description(HEADERS.getOrDefault(name, name))
						.required(true)
						.schema(new StringSchema()));
		}
		if (responses == null) {
			responses = new ApiResponses();
			operation.setResponses(responses);
		}
		responses.addApiResponse(String.valueOf(status.value()), success);
	}

}
