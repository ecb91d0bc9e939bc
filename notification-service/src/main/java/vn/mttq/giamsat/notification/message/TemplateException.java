package vn.mttq.giamsat.notification.message;

/**
 * A template that cannot be rendered: a missing template or an unknown placeholder.
 */
public class TemplateException extends RuntimeException {

	public TemplateException(String message) {
		super(message);
	}

}
