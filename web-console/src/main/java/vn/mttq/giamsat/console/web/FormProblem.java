package vn.mttq.giamsat.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.mttq.giamsat.console.service.ServiceProblem;

/**
 * A service's refusal of a form, as the page shows it (model attribute {@code problem}):
 * each message beside the field it is about ({@code fragments :: field-error('note')}),
 * the rest as a summary at the top ({@code fragments :: problem-summary}).
 *
 * @param summary what is not about one of the form's fields
 * @param fields the message for each field of the form, by the form's field name
 */
public record FormProblem(List<String> summary, Map<String, String> fields) {

	public FormProblem {
		summary = List.copyOf(summary);
		fields = Map.copyOf(fields);
	}

	/**
	 * Reads a service's problem for a form.
	 * @param problem the service's answer
	 * @param formFields the form's field name for each field the service may name (e.g.
	 * {@code "note" -> "note"}, {@code "documents" -> "evidence"}); an indexed or nested
	 * field ({@code documents[0]}, {@code webhook.url}) is looked up whole, then by its
	 * first name; others go to the summary
	 */
	public static FormProblem of(ServiceProblem problem, Map<String, String> formFields) {
		List<String> summary = new ArrayList<>();
		Map<String, String> fields = new LinkedHashMap<>();
		for (ServiceProblem.FieldError error : problem.errors()) {
			String field = formFields.getOrDefault(error.field(), formFields.get(firstName(error.field())));
			if (field != null) {
				fields.merge(field, error.message(), (first, second) -> first + " " + second);
			}
			else {
				summary.add(error.message());
			}
		}
		if (problem.errors().isEmpty() && problem.detail() != null) {
			summary.add(0, problem.detail());
		}
		return new FormProblem(summary, fields);
	}

	private static String firstName(String field) {
		int end = field.length();
		for (char separator : new char[] { '[', '.' }) {
			int at = field.indexOf(separator);
			end = (at >= 0) ? Math.min(end, at) : end;
		}
		return field.substring(0, end);
	}

	/** A problem with one field, decided by the console itself. */
	public static FormProblem ofField(String field, String message) {
		return new FormProblem(List.of(), Map.of(field, message));
	}

	/** A problem that is about no one field. */
	public static FormProblem ofSummary(String message) {
		return new FormProblem(List.of(message), Map.of());
	}

	public boolean has(String field) {
		return this.fields.containsKey(field);
	}

	public String field(String field) {
		return this.fields.get(field);
	}

}
