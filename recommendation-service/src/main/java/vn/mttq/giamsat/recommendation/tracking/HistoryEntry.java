package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.events.recommendation.Transition;

/**
 * One step of a recommendation's append-only history.
 *
 * @param sequence the step's number, the {@code sequence} of its published event
 * @param at when it happened
 * @param transition what happened: a lifecycle {@link Transition}'s name, or
 * {@value #DOCUMENT_PURGED} for an administrator's purge of a document, which changes no
 * status and publishes no lifecycle event
 * @param fromStatus the status before it ({@code null} for the first step)
 * @param status the status it led to
 * @param actor who did it
 * @param actorOrganisationId the organisation on whose behalf it was done
 * @param note what happened, in the actor's or the system's words
 * @param attachments names of documents kept elsewhere, as steps recorded before
 * documents were stored carry them
 * @param documents the stored documents that came with it (the letter's for
 * {@code TRACKED}, the agency's reply and evidence, the purged one for
 * {@value #DOCUMENT_PURGED})
 * @param eventId the incoming event that caused it, if it came from one
 * @param publishedEventId the id of the lifecycle event published for it, {@code null}
 * when none is
 */
public record HistoryEntry(long sequence, Instant at, String transition, RecommendationStatus fromStatus,
		RecommendationStatus status, StepActor actor, String actorOrganisationId, String note, List<String> attachments,
		List<DocumentReference> documents, String eventId, String publishedEventId) {

	/** The history's record of a document's content purged by an administrator. */
	public static final String DOCUMENT_PURGED = "DOCUMENT_PURGED";

	public HistoryEntry {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		documents = (documents != null) ? List.copyOf(documents) : List.of();
	}

	/**
	 * Tells whether this step is a lifecycle transition.
	 * @param transition the transition
	 * @return {@code true} when it is that one
	 */
	public boolean is(Transition transition) {
		return transition.name().equals(this.transition);
	}

	/**
	 * The lifecycle transition of this step.
	 * @return it, or empty for a step that is none (a document's purge)
	 */
	public Optional<Transition> lifecycle() {
		return Stream.of(Transition.values()).filter(this::is).findFirst();
	}

	/**
	 * Starts a step to record: what happened, the status it leads to, who took it and
	 * when. It gets its number, the status before it and its event id once recorded.
	 */
	static Draft draft(Transition transition, RecommendationStatus status, StepActor actor, Instant at) {
		return new Draft(transition.name(), status, actor, at, null, List.of(), null);
	}

	/**
	 * Starts the record of a document's purge, which leaves the status as it is.
	 */
	static Draft purge(RecommendationStatus status, StepActor actor, Instant at) {
		return new Draft(DOCUMENT_PURGED, status, actor, at, null, List.of(), null);
	}

	/**
	 * A step about to be recorded; see {@link HistoryEntry} for its fields.
	 */
	record Draft(String transition, RecommendationStatus status, StepActor actor, Instant at, String note,
			List<DocumentReference> documents, String eventId) {

		Draft note(String note) {
			return new Draft(this.transition, this.status, this.actor, this.at, note, this.documents, this.eventId);
		}

		Draft documents(List<DocumentReference> documents) {
			return new Draft(this.transition, this.status, this.actor, this.at, this.note, documents, this.eventId);
		}

		/** Names the incoming event that caused the step. */
		Draft causedBy(String eventId) {
			return new Draft(this.transition, this.status, this.actor, this.at, this.note, this.documents, eventId);
		}

		/** Whether a lifecycle event is published for it: every step but a purge. */
		boolean publishes() {
			return !DOCUMENT_PURGED.equals(this.transition);
		}

		HistoryEntry numbered(long sequence, RecommendationStatus fromStatus, String publishedEventId) {
			return new HistoryEntry(sequence, this.at, this.transition, fromStatus, this.status, this.actor,
					this.actor.organisationId(), this.note, List.of(), this.documents, this.eventId, publishedEventId);
		}

	}

}
