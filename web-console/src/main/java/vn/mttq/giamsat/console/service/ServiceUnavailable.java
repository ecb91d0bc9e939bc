package vn.mttq.giamsat.console.service;

/**
 * A service could not be reached (no connection, a time-out, or a 502, 503 or 504): the
 * page or the section that needs it says so, and the rest of the console works on.
 */
public class ServiceUnavailable extends RuntimeException {

	private final Service service;

	public ServiceUnavailable(Service service, Throwable cause) {
		super(service + " cannot be reached", cause);
		this.service = service;
	}

	/** The service that could not be reached. */
	public Service service() {
		return this.service;
	}

}
