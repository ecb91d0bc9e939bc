package vn.mttq.giamsat.support.web.openapi;

import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springframework.http.HttpStatus;

/**
 * Puts an operation's success under the statuses its {@link Responds} declare, each with
 * its headers and the body springdoc found for the method; a 204 has no body.
 */
final class SuccessResponses {

	private static final Map<String, String> HEADERS = Map.of("Location",
			"Where the created resource, or the job that creates it, can be read", "ETag",
			"The version of the resource, for If-Match", "Retry-After", "Seconds to wait before asking again");

	private SuccessResponses() {
	}

	static void declare(Operation operation, Responds[] successes) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		ApiResponses responses = operation.getResponses();
		ApiResponse found = responses.remove("200");
		Content body = (found != null) ? found.getContent() : null;
		for (Responds responds : successes) {
			HttpStatus status = responds.status();
			ApiResponse success = new ApiResponse().description(status.getReasonPhrase())
				.content((status != HttpStatus.NO_CONTENT) ? body : null);
			for (String name : responds.headers()) {
				success.addHeaderObject(name,
						new Header().description(HEADERS.getOrDefault(name, name))
							.required(true)
							.schema(new StringSchema()));
			}
			responses.addApiResponse(String.valueOf(status.value()), success);
		}
	}

}
