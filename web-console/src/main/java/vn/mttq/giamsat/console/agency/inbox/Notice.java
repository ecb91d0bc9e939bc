package vn.mttq.giamsat.console.agency.inbox;

/**
 * A notice in the inbox, as notification-service shows it.
 *
 * @param id its id
 * @param kind what happened ({@code TRACKED}, {@code REMINDED}, ...), labelled by
 * {@code enum.NotificationKind.<kind>}
 * @param title its title, in the agency's language
 * @param body its text
 * @param createdAt when it was stored (ISO instant)
 * @param dueDate the due date it announces, if any (ISO date)
 * @param recommendationId the recommendation it is about, if any
 * @param readAt when someone of the agency read it, if so
 * @param receiptConfirmedAt when someone of the agency confirmed its receipt, if so
 */
public record Notice(String id, String kind, String title, String body, String createdAt, String dueDate,
		String recommendationId, String readAt, String receiptConfirmedAt) {

	public boolean unread() {
		return this.readAt == null;
	}

	public boolean receiptConfirmed() {
		return this.receiptConfirmedAt != null;
	}

}
