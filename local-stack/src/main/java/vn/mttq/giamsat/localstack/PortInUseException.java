package vn.mttq.giamsat.localstack;

/**
 * Thrown when a server of the local stack cannot bind its port.
 */
public class PortInUseException extends IllegalStateException {

	private final int port;

	PortInUseException(int port, String what, Throwable cause) {
		super(what + ": port " + port + " on " + Ports.HOST + " is already in use (" + cause.getMessage() + ")", cause);
		this.port = port;
	}

	/**
	 * Returns the port that could not be bound.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

}
