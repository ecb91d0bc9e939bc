package vn.mttq.giamsat.console.front.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter as supervision-service shows it, each item with its live status.
 *
 * @param id its id
 * @param activityId the activity it concludes
 * @param issuingBodyId the Front body that issued it
 * @param number its number and symbol
 * @param issuedOn its date
 * @param subject its subject
 * @param kind RECOMMENDATION, SOCIAL_CRITICISM or OPINION
 * @param items its items
 * @param documents its signed scan, if any
 */
public record Letter(String id, String activityId, String issuingBodyId, String number, LocalDate issuedOn,
		String subject, String kind, List<Item> items, List<DocumentReference> documents) {

	public Letter {
		items = (items != null) ? List.copyOf(items) : List.of();
		documents = (documents != null) ? List.copyOf(documents) : List.of();
	}

	/**
	 * One item of the letter.
	 *
	 * @param recommendationId the item's id at recommendation-service
	 * @param addresseeAgencyId the agency that answers it
	 * @param content what is recommended
	 * @param type its type
	 * @param dueDate its due date as issued
	 * @param dueDateInForce its due date now (after an extension)
	 * @param liveStatus AWAITING, ANSWERED, OVERDUE, RESOLVED, CLOSED_UNRESOLVED or
	 * WITHDRAWN
	 */
	public record Item(String recommendationId, String addresseeAgencyId, String content, String type,
			LocalDate dueDate, LocalDate dueDateInForce, String liveStatus) {

		/** The due date in force, else the one issued. */
		public LocalDate due() {
			return (this.dueDateInForce != null) ? this.dueDateInForce : this.dueDate;
		}

	}

	/**
	 * A file the letter names.
	 *
	 * @param id its id
	 * @param name its name
	 * @param contentType its type
	 * @param size its size in bytes
	 */
	public record DocumentReference(String id, String name, String contentType, long size) {

	}

}
