package vn.mttq.giamsat.recommendation.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent.Snapshot;

/**
 * What the statistics need to know of one recommendation, as of the latest lifecycle
 * event applied; kept inside its bucket so that a new event can take back the old
 * contribution before adding the new one.
 *
 * @param recommendationId the recommendation
 * @param sequence the sequence of the event this state comes from
 * @param issuedOn the letter's date
 * @param dueDate the answer date in force, {@code null} when none is set
 * @param answeredOn the day (Vietnam time) the agency answered, if it has
 * @param closure {@code RESOLVED}, {@code UNRESOLVED}, {@code AGREED} or
 * {@code WITHDRAWN} once closed, else {@code null}
 * @param closedOn the day (Vietnam time) it was closed, if it is
 * @param escalated whether it was ever escalated
 */
public record ItemState(String recommendationId, long sequence, LocalDate issuedOn, LocalDate dueDate,
		LocalDate answeredOn, String closure, LocalDate closedOn, boolean escalated) {

	/** Days are counted in Vietnam time (UTC+7), whatever the server's zone. */
	public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	static final String WITHDRAWN = "WITHDRAWN";

	public static ItemState of(RecommendationLifecycleEvent event) {
		Snapshot r = event.recommendation();
		LocalDate closedOn = (r.closure() == null) ? null
				: vietnamDate((r.closedAt() != null) ? r.closedAt() : event.occurredAt());
		boolean escalated = !r.escalatedToIds().isEmpty() || "ESCALATED".equals(event.status());
		return new ItemState(event.recommendationId(), event.sequence(), r.issuedOn(), r.dueDate(),
				vietnamDate(r.answeredAt()), r.closure(), closedOn, escalated);
	}

	static LocalDate vietnamDate(Instant instant) {
		return (instant != null) ? LocalDate.ofInstant(instant, VIETNAM) : null;
	}

	boolean withdrawn() {
		return WITHDRAWN.equals(this.closure);
	}

	boolean open() {
		return this.closure == null;
	}

	boolean answered() {
		return this.answeredOn != null;
	}

	/**
	 * Calendar days from the letter's date to the answer, never below zero.
	 */
	int daysToAnswer() {
		return (int) Math.max(0, this.answeredOn.toEpochDay() - this.issuedOn.toEpochDay());
	}

	/** Answered by the due date, or answered when no due date was set. */
	boolean answeredOnTime() {
		return answered() && (this.dueDate == null || !this.answeredOn.isAfter(this.dueDate));
	}

	/**
	 * Closed without an answer after the due date had passed: the wait ended late.
	 */
	boolean closedUnansweredLate() {
		return !open() && !answered() && this.dueDate != null && this.dueDate.isBefore(this.closedOn);
	}

}
