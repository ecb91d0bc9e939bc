package vn.mttq.giamsat.support.web.openapi;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * Gives every operation the problem+json answers it can give, each naming its problem
 * types, from what the method takes: a body, parameters, path variables, an
 * {@code If-Match} header. An answer the operation declares itself is kept.
 */
public class ProblemResponses implements GlobalOperationCustomizer {

	/** The schema every problem answer refers to. */
	public static final String SCHEMA = "Problem";

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		Responds[] successes = handlerMethod.getMethod().getAnnotationsByType(Responds.class);
		if (successes.length > 0) {
			SuccessResponses.declare(operation, successes);
		}
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		problemsOf(new Takes(handlerMethod)).forEach((status, description) -> {
			if (!responses.containsKey(status)) {
				responses.addApiResponse(status, problem(description));
			}
		});
		operation.setResponses(responses);
		return operation;
	}

	private static Map<String, String> problemsOf(Takes takes) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (takes.upload) {
			problems.put("400", "The request is invalid: `validation` (each invalid field under `errors`) or "
					+ "`malformed-request` (a multipart body that is incomplete, or without its `file` part).");
		}
		else if (takes.body) {
			problems.put("400", "The request is invalid: `validation` (each invalid field under `errors`) or "
					+ "`malformed-request` (a body that is not JSON of the expected shape).");
		}
		else if (takes.parameters) {
			problems.put("400", "The request is invalid: `validation` (each invalid parameter under `errors`) or "
					+ "`malformed-request` (a query string that cannot be read).");
		}
		problems.put("401", "`unauthorized`: no valid bearer token.");
		problems.put("403", "`forbidden`: the caller's role or organisation may not do this.");
		if (takes.pathVariables) {
			problems.put("404", "`not-found`: nothing with this id, or nothing the caller may see.");
		}
		if (takes.ifMatch || takes.writes) {
			problems.put("409",
					"`invalid-state` (not allowed in the resource's current state, with "
							+ "`currentState` and `allowedActions`) or `conflict` (clashes with an existing resource, "
							+ "with `existingId`).");
		}
		if (takes.ifMatch) {
			problems.put("412",
					"`stale-version`: `If-Match` names an older version; `currentVersion` is the current one.");
		}
		if (takes.ifMatchRequired) {
			problems.put("428", "`precondition-required`: `If-Match` is missing.");
		}
		if (takes.download) {
			problems.put("410", "`document-purged`: an administrator purged the document's content; "
					+ "`purgedAt`, `purgedBy` and `reason` say when, who and why.");
		}
		if (takes.upload) {
			problems.put("413", "`payload-too-large`: the file is larger than a file may be, or than what is left "
					+ "of the documents' allowance here, or there are as many documents here as allowed.");
			problems.put("415", "`document-type-not-allowed` (the file's bytes are of a type not accepted) or "
					+ "`document-type-mismatch` (not of the type the upload declared); `allowedTypes` lists the "
					+ "accepted types and `detectedType` names the one found.");
		}
		if (takes.body) {
			problems.put("413", "`payload-too-large`: the body is larger than the service accepts.");
			problems.put("415", "`unsupported-media-type`: the body is not of a type this operation reads.");
			problems.put("422", "`business-rule`: a rule about the request's content is broken; the field is "
					+ "named under `errors`.");
		}
		problems.put("503", "`unavailable`: a database or broker is unreachable; retry after `Retry-After` seconds.");
		return problems;
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
	}

	/**
	 * What a handler method takes, as far as its problems go.
	 */
	private static final class Takes {

		private boolean body;

		private boolean parameters;

		private boolean pathVariables;

		private boolean ifMatch;

		private boolean ifMatchRequired;

		private boolean upload;

		private final boolean download;

		private static final Set<RequestMethod> WRITES = EnumSet.of(RequestMethod.POST, RequestMethod.PUT,
				RequestMethod.PATCH, RequestMethod.DELETE);

		private final boolean writes;

		Takes(HandlerMethod method) {
			for (MethodParameter parameter : method.getMethodParameters()) {
				this.body |= parameter.hasParameterAnnotation(RequestBody.class);
				this.upload |= parameter.hasParameterAnnotation(RequestPart.class)
						|| MultipartFile.class.isAssignableFrom(parameter.getParameterType());
				this.pathVariables |= parameter.hasParameterAnnotation(PathVariable.class);
				RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
				if (header != null && HttpHeaders.IF_MATCH.equalsIgnoreCase(header.name())) {
					this.ifMatch = true;
					this.ifMatchRequired = header.required();
				}
				this.parameters |= this.pathVariables || header != null
						|| parameter.hasParameterAnnotation(RequestParam.class)
						|| parameter.hasParameterAnnotation(ModelAttribute.class);
			}
			RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(),
					RequestMapping.class);
			this.writes = mapping != null && Arrays.stream(mapping.method()).anyMatch(WRITES::contains);
			ResolvableType answer = ResolvableType.forMethodReturnType(method.getMethod());
			this.download = Resource.class.isAssignableFrom(answer.toClass())
					|| (answer.toClass() == ResponseEntity.class
							&& Resource.class.isAssignableFrom(answer.getGeneric(0).toClass()));
		}

	}

}
