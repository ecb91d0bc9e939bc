package vn.mttq.giamsat.notification.recipients;

/**
 * Why an organisation is told of an event; the names are those of
 * {@code DeliveryRecorded.recipientRole}.
 */
public enum RecipientRole {

	/** Cơ quan được kiến nghị: the agency that must answer. */
	ADDRESSEE,

	/**
	 * Nơi nhận bản sao: the competent authority and the Front one level up (NQLT 403 Art.
	 * 9.3).
	 */
	COPY,

	/** Cơ quan ban hành: the Front body that issued the recommendation. */
	ISSUER,

	/** The body the item was escalated to in this step. */
	ESCALATION

}
