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

	/**
	 * Starts a step to record: what happened, the status it leads to, who took it and
	 * when. It gets its number, the status before it and its event id once recorded.
	 */
	static Draft draft(Transition transition, RecommendationStatus status, StepActor actor, Instant at) {
		return new Draft(transition, status, actor, at, null, List.of(), null);
	}

	/**
	 * A step about to be recorded; see {@link HistoryEntry} for its fields.
	 */
	record Draft(Transition transition, RecommendationStatus status, StepActor actor, Instant at, String note,
			List<String> attachments, String eventId) {

		Draft note(String note) {
			return new Draft(this.transition, this.status, this.actor, this.at, note, this.attachments, this.eventId);
		}

		Draft attachments(List<String> attachments) {
			return new Draft(this.transition, this.status, this.actor, this.at, this.note, attachments, this.eventId);
		}

		/** Names the incoming event that caused the step. */
		Draft causedBy(String eventId) {
			return new Draft(this.transition, this.status, this.actor, this.at, this.note, this.attachments, eventId);
		}

		HistoryEntry numbered(long sequence, RecommendationStatus fromStatus, String publishedEventId) {
			return new HistoryEntry(sequence, this.at, this.transition, fromStatus, this.status, this.actor,
					this.actor.organisationId(), this.note, this.attachments, this.eventId, publishedEventId);
		}

	}

}
