package vn.mttq.giamsat.support.web.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * The {@code Problem} schema every problem answer refers to: RFC 9457's members and the
 * ones this system adds.
 */
public class ProblemSchema implements GlobalOpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		openApi.getComponents().addSchemas(ProblemResponses.SCHEMA, schema());
	}

	static Schema<?> schema() {
		ObjectSchema field = new ObjectSchema();
		field.addProperty("field", text("The field's path as the request wrote it, e.g. items[0].dueDate"));
		field.addProperty("message", text("What is wrong with it, in the request's language"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("An RFC 9457 problem, in the language of the request's Accept-Language (vi or en; "
				+ "Content-Language says which).");
		problem.addProperty("type", text("The stable type, urn:giamsat:problem:<name>").format("uri"));
		problem.addProperty("title", text("The type's title"));
		problem.addProperty("status", new IntegerSchema().description("The HTTP status"));
		problem.addProperty("detail", text("What went wrong, in words a person can act on"));
		problem.addProperty("instance", text("The request's path").format("uri-reference"));
		problem.addProperty("errors", new ArraySchema().items(field)
			.description("validation, malformed-request and business-rule: the invalid fields (at most 100)"));
		problem.addProperty("totalErrors", new IntegerSchema().description("validation: how many fields are invalid"));
		problem.addProperty("currentState", text("invalid-state: the resource's current state"));
		problem.addProperty("allowedActions",
				new ArraySchema().items(new StringSchema()).description("invalid-state: what may be done now"));
		problem.addProperty("currentVersion",
				new IntegerSchema().format("int64").description("stale-version: the resource's current version"));
		problem.addProperty("existingId", text("conflict: the id of the resource that already exists"));
		problem.required(List.of("type", "title", "status"));
		return problem;
	}

	private static Schema<String> text(String description) {
		return new StringSchema().description(description);
	}

}
