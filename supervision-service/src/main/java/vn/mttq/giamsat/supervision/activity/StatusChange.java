package vn.mttq.giamsat.supervision.activity;

import java.time.Instant;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * One step of an activity's history: who moved it from which status to which, when and
 * why, or which of its documents an administrator purged and why.
 *
 * @param from the status before ({@code null} when it was recorded)
 * @param to the status after (the same as before on a purge)
 * @param at when
 * @param by who, for which organisation
 * @param note the official's words, or the administrator's reason for a purge
 * @param purgedDocumentId the document whose content was purged on this step, or
 * {@code null} for a move
 */
public record StatusChange(ActivityStatus from, ActivityStatus to, Instant at, RecordedActor by, String note,
		String purgedDocumentId) {

	/**
	 * A move from one status to another.
	 * @param from the status before, {@code null} when the activity was recorded
	 * @param to the status after
	 * @param at when
	 * @param by who
	 * @param note why
	 * @return the step
	 */
	static StatusChange move(ActivityStatus from, ActivityStatus to, Instant at, RecordedActor by, String note) {
		return new StatusChange(from, to, at, by, note, null);
	}

	/**
	 * An administrator's purge of one of the activity's documents; the activity keeps its
	 * status.
	 * @param status the activity's status
	 * @param documentId the document
	 * @param at when
	 * @param by the administrator
	 * @param reason why
	 * @return the step
	 */
	static StatusChange purge(ActivityStatus status, String documentId, Instant at, RecordedActor by, String reason) {
		return new StatusChange(status, status, at, by, reason, documentId);
	}

}
