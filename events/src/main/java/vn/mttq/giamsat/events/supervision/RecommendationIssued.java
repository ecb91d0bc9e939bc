package vn.mttq.giamsat.events.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.events.DocumentReference;

import static vn.mttq.giamsat.events.EventFields.required;
import static vn.mttq.giamsat.events.EventFields.requiredText;

/**
 * Kiến nghị đã ban hành: one recommendation item of a letter, addressed to one agency,
 * has been issued by a Front body. Published on {@code supervision.recommendations} with
 * the recommendation id as key.
 *
 * @param eventId unique id of this event; consumers use it to apply the event once
 * @param occurredAt when the letter carrying the item was issued in the system
 * @param recommendationId id of the recommendation item, stable for its whole life
 * @param letterId id of the recommendation letter (văn bản kiến nghị)
 * @param letterNumber the letter's official number, as printed on it
 * @param activityId id of the supervision activity the letter concludes
 * @param issuingBodyId organisation id of the Front body that issued the letter
 * @param addresseeAgencyId organisation id of the agency that must answer
 * @param content what the agency is asked to do
 * @param issuedOn the date printed on the letter
 * @param dueDate the answer date the issuing official set, or {@code null} when the
 * deadline rules decide it
 * @param letterKind {@code RECOMMENDATION} (kiến nghị), {@code SOCIAL_CRITICISM} (văn bản
 * phản biện) or {@code OPINION} (góp ý); {@code null} from producers before it was added
 * @param itemType {@code REMEDY_VIOLATION}, {@code AMEND_POLICY},
 * {@code CONSIDER_RESPONSIBILITY} or {@code OTHER}; optional
 * @param activityKind {@code SUPERVISION}, {@code SOCIAL_CRITICISM},
 * {@code OPINION_CONTRIBUTION} or {@code DIALOGUE_CONFERENCE}; optional
 * @param supervisionForm {@code DOCUMENT_REVIEW}, {@code DELEGATION},
 * {@code PEOPLES_INSPECTION_BOARD}, {@code COMMUNITY_INVESTMENT_BOARD} or
 * {@code JOINT_SUPERVISION}; optional. The two boards' items carry the legal 15-day
 * answer rule (Law 10/2022 Arts 40.1.c, 45.2.c)
 * @param level the issuing body's level as it was on the letter's date: {@code CENTRAL},
 * {@code PROVINCE}, {@code DISTRICT} or {@code COMMUNE}; optional
 * @param copyRecipientIds organisations that receive a copy (the competent authority and
 * the Front one level up, NQLT 403 Art. 9.3); empty when none
 * @param dueRule the period the issuing official gave the item instead of a fixed date
 * ("trả lời trong 30 ngày làm việc"), or {@code null}; never set together with
 * {@code dueDate}
 * @param letterDocuments the letter's own stored documents (its signed and stamped scan),
 * as references kept by supervision-service; empty when none
 */
public record RecommendationIssued(String eventId, Instant occurredAt, String recommendationId, String letterId,
		String letterNumber, String activityId, String issuingBodyId, String addresseeAgencyId, String content,
		LocalDate issuedOn, LocalDate dueDate, String letterKind, String itemType, String activityKind,
		String supervisionForm, String level, List<String> copyRecipientIds, DueRule dueRule,
		List<DocumentReference> letterDocuments) {

	/** The CloudEvents type, with the contract version. */
	public static final String TYPE = "vn.mttq.giamsat.supervision.RecommendationIssued.v1";

	/** The CloudEvents source of the producing service. */
	public static final String SOURCE = "/supervision-service";

	/**
	 * Rejects an event that lacks a field every consumer relies on, so that a malformed
	 * record fails at the door with the field's name.
	 */
	public RecommendationIssued {
		requiredText(eventId, "eventId");
		required(occurredAt, "occurredAt");
		requiredText(recommendationId, "recommendationId");
		requiredText(letterId, "letterId");
		requiredText(letterNumber, "letterNumber");
		requiredText(activityId, "activityId");
		requiredText(issuingBodyId, "issuingBodyId");
		requiredText(addresseeAgencyId, "addresseeAgencyId");
		requiredText(content, "content");
		required(issuedOn, "issuedOn");
		copyRecipientIds = (copyRecipientIds != null) ? List.copyOf(copyRecipientIds) : List.of();
		letterDocuments = (letterDocuments != null) ? List.copyOf(letterDocuments) : List.of();
		if (dueDate != null && dueRule != null) {
			throw new IllegalArgumentException("'dueDate' and 'dueRule' cannot both be set");
		}
	}

	/**
	 * Creates an event without the letter's documents, as producers before they were
	 * added write it.
	 */
	public RecommendationIssued(String eventId, Instant occurredAt, String recommendationId, String letterId,
			String letterNumber, String activityId, String issuingBodyId, String addresseeAgencyId, String content,
			LocalDate issuedOn, LocalDate dueDate, String letterKind, String itemType, String activityKind,
			String supervisionForm, String level, List<String> copyRecipientIds, DueRule dueRule) {
		this(eventId, occurredAt, recommendationId, letterId, letterNumber, activityId, issuingBodyId,
				addresseeAgencyId, content, issuedOn, dueDate, letterKind, itemType, activityKind, supervisionForm,
				level, copyRecipientIds, dueRule, List.of());
	}

	/**
	 * Creates an event without a due rule, as producers before it was added write it.
	 */
	public RecommendationIssued(String eventId, Instant occurredAt, String recommendationId, String letterId,
			String letterNumber, String activityId, String issuingBodyId, String addresseeAgencyId, String content,
			LocalDate issuedOn, LocalDate dueDate, String letterKind, String itemType, String activityKind,
			String supervisionForm, String level, List<String> copyRecipientIds) {
		this(eventId, occurredAt, recommendationId, letterId, letterNumber, activityId, issuingBodyId,
				addresseeAgencyId, content, issuedOn, dueDate, letterKind, itemType, activityKind, supervisionForm,
				level, copyRecipientIds, null, List.of());
	}

	/**
	 * Creates an event with only the fields of the first version of the contract, as
	 * older producers and tests write it.
	 */
	public RecommendationIssued(String eventId, Instant occurredAt, String recommendationId, String letterId,
			String letterNumber, String activityId, String issuingBodyId, String addresseeAgencyId, String content,
			LocalDate issuedOn, LocalDate dueDate) {
		this(eventId, occurredAt, recommendationId, letterId, letterNumber, activityId, issuingBodyId,
				addresseeAgencyId, content, issuedOn, dueDate, null, null, null, null, null, List.of(), null,
				List.of());
	}

	/**
	 * A period the issuing official gave an item instead of a fixed date; the tracking
	 * service counts it on the working calendar from the rule's usual start.
	 *
	 * @param days how many days; 1 to 365
	 * @param counting {@code CALENDAR_DAYS} or {@code WORKING_DAYS}
	 */
	public record DueRule(int days, String counting) {

		/** The countings a rule may name. */
		public static final List<String> COUNTINGS = List.of("CALENDAR_DAYS", "WORKING_DAYS");

		public DueRule {
			if (days < 1 || days > 365) {
				throw new IllegalArgumentException("'dueRule.days' must be from 1 to 365, not " + days);
			}
			if (!COUNTINGS.contains(counting)) {
				throw new IllegalArgumentException("'dueRule.counting' must be CALENDAR_DAYS or WORKING_DAYS");
			}
		}

	}

}
