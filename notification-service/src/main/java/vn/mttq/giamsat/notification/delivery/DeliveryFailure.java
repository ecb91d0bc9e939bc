package vn.mttq.giamsat.notification.delivery;

/**
 * An attempt that did not deliver: retried later, or, if {@code retryable} is false,
 * given up at once (a webhook endpoint answering 410 Gone, addresses the mail server
 * refuses for good).
 */
class DeliveryFailure extends Exception {

	private final boolean retryable;

	DeliveryFailure(String message, boolean retryable) {
		super(message);
		this.retryable = retryable;
	}

	boolean retryable() {
		return this.retryable;
	}

}
