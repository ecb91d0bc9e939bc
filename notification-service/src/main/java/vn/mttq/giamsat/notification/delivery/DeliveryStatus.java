package vn.mttq.giamsat.notification.delivery;

/**
 * Where a notification's delivery stands.
 */
public enum DeliveryStatus {

	/** Waiting for its first attempt (or held by quiet hours or the daily digest). */
	PENDING,

	/** An attempt failed; the next one is scheduled. */
	RETRYING,

	/** Delivered; an inbox notification is delivered when it is stored. */
	DELIVERED,

	/**
	 * Given up: too many attempts, or the endpoint said it is gone; listed for replay.
	 */
	DEAD_LETTERED

}
