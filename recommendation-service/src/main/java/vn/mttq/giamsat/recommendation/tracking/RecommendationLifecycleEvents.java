package vn.mttq.giamsat.recommendation.tracking;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent.Snapshot;

/**
 * The one place where a recommendation's step becomes the public
 * {@link RecommendationLifecycleEvent}, with the recommendation as it stands after it.
 */
final class RecommendationLifecycleEvents {

	private RecommendationLifecycleEvents() {
	}

	/** The event of a step just recorded. */
	static RecommendationLifecycleEvent of(RecommendationRecord recommendation, HistoryEntry step) {
		StepActor by = step.actor();
		return new RecommendationLifecycleEvent(step.publishedEventId(), step.at(), recommendation.id(),
				step.sequence(), step.transition(), name(step.fromStatus()), step.status().name(),
				new RecommendationLifecycleEvent.Actor(by.kind(), by.organisationId(), by.userId(), by.role()),
				step.note(), step.attachments(), snapshot(recommendation), step.documents());
	}

	/**
	 * The item as it stands: the letter kind is {@code null} for an item stored before it
	 * was kept; the due date is explained in Vietnamese and in English.
	 */
	private static Snapshot snapshot(RecommendationRecord recommendation) {
		IssuedItem item = recommendation.item();
		return new Snapshot(item.letterId(), item.letterNumber(), item.activityId(), item.issuingBodyId(),
				item.addresseeAgencyId(), item.copyRecipientIds(), item.level(), item.supervisionForm(),
				item.itemType(), item.content(), item.issuedOn(), recommendation.dueDate(),
				recommendation.dueDateText(), recommendation.reply().acknowledgedAt(),
				recommendation.reply().answeredAt(), name(recommendation.reply().answer()), recommendation.overdue(),
				recommendation.followUp().sentReminders(),
				recommendation.escalations().stream().map(Escalation::toOrganisationId).toList(),
				name(recommendation.closure()), recommendation.closedAt(), item.letterKind(),
				recommendation.deadline().dueDateProvisional(), recommendation.dueDateTextEn());
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
