package vn.mttq.giamsat.supervision.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Kiến nghị: one item of a letter, addressed to one agency and tracked on its own from
 * issue.
 *
 * @param recommendationId the id it keeps for its whole life
 * @param addresseeAgencyId the agency that must answer
 * @param content what the agency is asked to do
 * @param type what kind of request it is
 * @param dueDate the answer date the issuing official set, or {@code null} for the rules'
 * date
 * @param dueRule the answer period the official gave instead of a date, or {@code null}
 * @param copyRecipientIds who receives a copy: the competent authority and the Front one
 * level up (NQLT 403 Art. 9.3) unless the official named others
 * @param withdrawnAt when the issuing body withdrew it, if it did
 * @param withdrawnBy who withdrew it
 * @param withdrawalReason why
 */
public record LetterItem(String recommendationId, String addresseeAgencyId, String content, ItemType type,
		LocalDate dueDate, DueRule dueRule, List<String> copyRecipientIds, Instant withdrawnAt,
		RecordedActor withdrawnBy, String withdrawalReason) {

	public LetterItem {
		// Items stored before types existed read as OTHER.
		type = (type != null) ? type : ItemType.OTHER;
		copyRecipientIds = (copyRecipientIds != null) ? List.copyOf(copyRecipientIds) : List.of();
	}

	/**
	 * An item issued now, with an id of its own and nothing withdrawn.
	 * @param addresseeAgencyId the agency that must answer
	 * @param content what is recommended
	 * @param type the item's type
	 * @param dueDate the due date the official set, or {@code null} for the rules'
	 * @param dueRule the period the official gave instead, or {@code null}
	 * @param copyRecipientIds who gets a copy
	 * @return the item
	 */
	static LetterItem issued(String addresseeAgencyId, String content, ItemType type, LocalDate dueDate,
			DueRule dueRule, List<String> copyRecipientIds) {
		return new LetterItem(UUID.randomUUID().toString(), addresseeAgencyId, content, type, dueDate, dueRule,
				copyRecipientIds, null, null, null);
	}

	public boolean withdrawn() {
		return this.withdrawnAt != null;
	}

	boolean concerns(String organisationId) {
		return this.addresseeAgencyId.equals(organisationId) || this.copyRecipientIds.contains(organisationId);
	}

}
