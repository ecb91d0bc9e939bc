package vn.mttq.giamsat.notification.delivery;

/**
 * How a notification travels.
 */
public enum Channel {

	/** Hộp thư: the organisation's inbox in this system, always there. */
	INBOX,

	/** Email through SMTP to the organisation's addresses. */
	EMAIL,

	/** A signed CloudEvents POST to the organisation's own system. */
	WEBHOOK

}
