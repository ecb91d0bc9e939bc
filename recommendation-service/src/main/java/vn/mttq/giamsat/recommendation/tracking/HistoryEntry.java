package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.util.List;

import vn.mttq.giamsat.events.recommendation.Transition;

/**
 * One step of a recommendation's append-only history.
 *
 * @param sequence the step's number, the {@code sequence} of its published event
 * @param at when it happened
 * @param transition what happened
 * @param fromStatus the status before it ({@code null} for the first step)
 * @param status the status it led to
 * @param actor who did it
 * @param actorOrganisationId the organisation on whose behalf it was done
 * @param note what happened, in the actor's or the system's words
 * @param attachments references to the documents attached to it
 * @param eventId the incoming event that caused it, if it came from one
 * @param publishedEventId the id of the lifecycle event published for it
 */
public record HistoryEntry(long sequence, Instant at, Transition transition, RecommendationStatus fromStatus,
		RecommendationStatus status, StepActor actor, String actorOrganisationId, String note, List<String> attachments,
		String eventId, String publishedEventId) {

	public HistoryEntry {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

}
