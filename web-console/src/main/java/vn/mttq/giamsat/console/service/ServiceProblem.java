package vn.mttq.giamsat.console.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A service's refusal, read from its problem+json answer: a page shows the field errors
 * beside their fields and the rest as a summary at the top.
 */
public class ServiceProblem extends RuntimeException {

	private final Service service;

	private final int status;

	private final String type;

	private final String title;

	private final String detail;

	private final List<FieldError> errors;

	private final Map<String, Object> properties;

	ServiceProblem(Service service, int status, String type, String title, String detail, List<FieldError> errors,
			Map<String, Object> properties) {
		super(service + " answered " + status + " " + type);
		this.service = service;
		this.status = status;
		this.type = type;
		this.title = title;
		this.detail = detail;
		this.errors = List.copyOf(errors);
		this.properties = Map.copyOf(properties);
	}

	/** A problem built by hand, for tests and for answers without a problem body. */
	public static ServiceProblem of(Service service, int status, String detail, FieldError... errors) {
		return new ServiceProblem(service, status, "about:blank", null, detail, List.of(errors), Map.of());
	}

	/** The same problem with one more property (such as {@code currentVersion}). */
	public ServiceProblem with(String name, Object value) {
		Map<String, Object> more = new HashMap<>(this.properties);
		more.put(name, value);
		return new ServiceProblem(this.service, this.status, this.type, this.title, this.detail, this.errors, more);
	}

	public Service service() {
		return this.service;
	}

	public int status() {
		return this.status;
	}

	/** The stable problem type, such as {@code urn:giamsat:problem:stale-version}. */
	public String type() {
		return this.type;
	}

	public String title() {
		return this.title;
	}

	/** What went wrong, in the person's language (the console sends Accept-Language). */
	public String detail() {
		return (this.detail != null) ? this.detail : this.title;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/**
	 * Another member of the problem, such as {@code currentVersion} or
	 * {@code allowedTypes}.
	 */
	public Object property(String name) {
		return this.properties.get(name);
	}

	/** Whether the type ends with this name, e.g. {@code is("stale-version")}. */
	public boolean is(String name) {
		return Objects.requireNonNullElse(this.type, "").endsWith(":" + name);
	}

	/**
	 * One invalid field.
	 *
	 * @param field the field as the service's request named it, e.g. {@code note}
	 * @param message what is wrong with it
	 */
	public record FieldError(String field, String message) {

	}

}
