package vn.mttq.giamsat.events.supervision;

import java.time.Instant;

import static vn.mttq.giamsat.events.EventFields.required;
import static vn.mttq.giamsat.events.EventFields.requiredText;

/**
 * Kiến nghị đã rút: the issuing Front body withdrew one item of a letter. Published on
 * {@code supervision.recommendations} with the recommendation id as key, after the item's
 * {@link RecommendationIssued}; the lifecycle closes the item as withdrawn.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the item was withdrawn in the system
 * @param recommendationId the withdrawn item
 * @param letterId the letter it belongs to
 * @param issuingBodyId the Front body that issued and now withdraws it
 * @param addresseeAgencyId the agency that no longer has to answer it
 * @param reason why it was withdrawn, in the official's words
 * @param withdrawnBy the user who withdrew it
 */
public record RecommendationWithdrawn(String eventId, Instant occurredAt, String recommendationId, String letterId,
		String issuingBodyId, String addresseeAgencyId, String reason, String withdrawnBy) {

	/** The CloudEvents type, with the contract version. */
	public static final String TYPE = "vn.mttq.giamsat.supervision.RecommendationWithdrawn.v1";

	/** The CloudEvents source of the producing service. */
	public static final String SOURCE = RecommendationIssued.SOURCE;

	public RecommendationWithdrawn {
		requiredText(eventId, "eventId");
		required(occurredAt, "occurredAt");
		requiredText(recommendationId, "recommendationId");
		requiredText(letterId, "letterId");
		requiredText(issuingBodyId, "issuingBodyId");
		requiredText(addresseeAgencyId, "addresseeAgencyId");
		requiredText(reason, "reason");
	}

}
