package vn.mttq.giamsat.events.supervision;

import java.time.Instant;
import java.time.LocalDate;

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
 */
public record RecommendationIssued(String eventId, Instant occurredAt, String recommendationId, String letterId,
		String letterNumber, String activityId, String issuingBodyId, String addresseeAgencyId, String content,
		LocalDate issuedOn, LocalDate dueDate) {

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
	}

}
