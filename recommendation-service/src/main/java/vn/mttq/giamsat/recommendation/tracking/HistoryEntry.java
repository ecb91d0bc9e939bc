package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;

/**
 * One step of a recommendation's append-only history.
 *
 * @param at when it happened
 * @param status the status it led to
 * @param actorOrganisationId the organisation on whose behalf it was done
 * @param note what happened, in words
 * @param eventId the event that caused it, if it came from one
 */
public record HistoryEntry(Instant at, RecommendationStatus status, String actorOrganisationId, String note,
		String eventId) {
}
