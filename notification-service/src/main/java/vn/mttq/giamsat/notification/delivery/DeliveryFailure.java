package vn.mttq.giamsat.notification.delivery;

/**
 * An attempt that did not deliver: retried later, or, if {@code retryable} is false,
 * given up at once (a webhook endpoint answering 410 Gone, addresses the mail server
 * refuses for good).
 */
class DeliveryFailure extends Exception {

	private final boolean retryable;

	private final boolean endpointGone;

	DeliveryFailure(String message, boolean retryable) {
		this(message, retryable, false);
	}

	private DeliveryFailure(String message, boolean retryable, boolean endpointGone) {
		super(message);
		this.retryable = retryable;
		this.endpointGone = endpointGone;
	}

	/**
	 * The endpoint answered 410 Gone: this delivery ends and the webhook is not used
	 * again until its organisation sets it anew.
	 */
	static DeliveryFailure gone(String message) {
		return new DeliveryFailure(message, false, true);
	}

	boolean endpointGone() {
		return this.endpointGone;
	}

	boolean retryable() {
		return this.retryable;
	}

}
