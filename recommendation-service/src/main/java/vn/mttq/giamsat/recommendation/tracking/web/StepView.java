package vn.mttq.giamsat.recommendation.tracking.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.recommendation.tracking.HistoryEntry;
import vn.mttq.giamsat.recommendation.tracking.RecommendationStatus;
import vn.mttq.giamsat.recommendation.tracking.StepActor;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;

/**
 * One step of a recommendation as the API shows it, with where it left the
 * recommendation.
 *
 * @param recommendationId the recommendation
 * @param sequence the step's number in its history
 * @param at when it was taken
 * @param transition what happened: a lifecycle transition, or {@code DOCUMENT_PURGED}
 * when an administrator purged a document's content (the status does not change)
 * @param fromStatus the status before
 * @param status the status after
 * @param actor who took it
 * @param note the content or reason
 * @param attachments names of documents kept elsewhere, on steps recorded before files
 * were stored
 * @param documents the files that came with it (name, type, size, SHA-256 and the path of
 * their download), or the purged one
 * @param dueDate the due date in force after it
 * @param recommendationVersion the recommendation's version after it (its ETag)
 */
record StepView(String recommendationId, long sequence, Instant at, String transition, RecommendationStatus fromStatus,
		RecommendationStatus status, StepActor actor, String note, List<String> attachments,
		List<DocumentReference> documents, LocalDate dueDate, long recommendationVersion) {

	static StepView of(TrackedRecommendation recommendation, HistoryEntry step) {
		return new StepView(recommendation.id(), step.sequence(), step.at(), step.transition(), step.fromStatus(),
				step.status(), step.actor(), step.note(), step.attachments(), step.documents(),
				recommendation.dueDate(), (recommendation.version() != null) ? recommendation.version() : 0);
	}

}
