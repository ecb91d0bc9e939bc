package vn.mttq.giamsat.support.messaging;

/**
 * A record that no retry can fix (not JSON, an unknown type or version, a missing field):
 * the binder sends it to the dead-letter topic at once, with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {

	public PoisonEventException(String reason) {
		super(reason);
	}

	public PoisonEventException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
