package vn.mttq.giamsat.recommendation.tracking;

import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.recommendation.deadline.DeadlineSubject;

/**
 * Nội dung kiến nghị đã ban hành: what the letter fixed about one item, which no step
 * changes. Stored unwrapped, so its fields stay at the top of the recommendation's
 * document.
 *
 * @param letterId the letter it was issued in
 * @param letterNumber that letter's official number
 * @param activityId the activity the letter concludes
 * @param issuingBodyId the Front body that issued it
 * @param addresseeAgencyId the agency that must answer
 * @param copyRecipientIds who receives copies
 * @param letterKind the kind of letter, if known
 * @param itemType the type of item, if known
 * @param activityKind the kind of activity, if known
 * @param supervisionForm the form of the activity, if known
 * @param level the issuing body's level on the letter's date, if known
 * @param content what the agency is asked to do
 * @param issuedOn the letter's date
 * @param letterDocuments the letter's own documents (its signed scan), kept by
 * supervision-service; empty when none or for an item tracked before they were carried
 */
public record IssuedItem(String letterId, String letterNumber, String activityId, String issuingBodyId,
		String addresseeAgencyId, List<String> copyRecipientIds, String letterKind, String itemType,
		String activityKind, String supervisionForm, String level, String content, LocalDate issuedOn,
		List<DocumentReference> letterDocuments) {

	public IssuedItem {
		copyRecipientIds = (copyRecipientIds != null) ? List.copyOf(copyRecipientIds) : List.of();
		letterDocuments = (letterDocuments != null) ? List.copyOf(letterDocuments) : List.of();
	}

	/** The item as the issued event describes it. */
	static IssuedItem of(RecommendationIssued event) {
		return new IssuedItem(event.letterId(), event.letterNumber(), event.activityId(), event.issuingBodyId(),
				event.addresseeAgencyId(), event.copyRecipientIds(), event.letterKind(), event.itemType(),
				event.activityKind(), event.supervisionForm(), event.level(), event.content(), event.issuedOn(),
				event.letterDocuments());
	}

	/** What the deadline rules look at. */
	DeadlineSubject deadlineSubject() {
		return new DeadlineSubject(this.letterKind, this.itemType, this.activityKind, this.supervisionForm, this.level);
	}

}
