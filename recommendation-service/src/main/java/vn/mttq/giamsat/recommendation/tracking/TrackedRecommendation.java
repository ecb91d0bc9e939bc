package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.events.recommendation.Transition;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.recommendation.deadline.Extension;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;

import static vn.mttq.giamsat.recommendation.tracking.StepNotes.joined;

/**
 * Kiến nghị đang theo dõi: one recommendation followed until it is closed. Its id is the
 * recommendation id of the issued item, so an item can be tracked only once.
 * <p>
 * This class holds the rules: every change is a step, guarded ({@link StepGuards}) when a
 * person takes it, that appends to the history and records the lifecycle event to
 * publish; what is stored and read is in {@link RecommendationRecord}. The store writes
 * state, history and event in one document write, guarded by the version.
 */
@Document("recommendations")
// The agency list: an agency's items newest first, with or without a status; equality,
// then the sort, so MongoDB reads only the page's keys.
@CompoundIndex(name = "agency_list", def = "{'addresseeAgencyId': 1, 'issuedAt': -1, '_id': 1}")
@CompoundIndex(name = "agency_status_list", def = "{'addresseeAgencyId': 1, 'status': 1, 'issuedAt': -1, '_id': 1}")
// The Front's list: the items one body issued, newest first, with or without a status.
@CompoundIndex(name = "issuer_list", def = "{'issuingBodyId': 1, 'issuedAt': -1, '_id': 1}")
@CompoundIndex(name = "issuer_status_list", def = "{'issuingBodyId': 1, 'status': 1, 'issuedAt': -1, '_id': 1}")
// The scheduler's pass over open items due for a check, in _id order; also the open and
// overdue gauges' count of open items.
@CompoundIndex(name = "scheduler", def = "{'open': 1, 'nextCheckOn': 1, '_id': 1}")
public class TrackedRecommendation extends RecommendationRecord {

	/** Due dates and "today" are Vietnamese calendar days. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final StepNotes NOTES = StepNotes.VI;

	TrackedRecommendation() {
	}

	/**
	 * Starts tracking an issued item: computes its due date and records the
	 * {@code TRACKED} step.
	 */
	static TrackedRecommendation issued(RecommendationIssued event, DueDates dueDates, SchedulePolicy policy,
			Instant now) {
		TrackedRecommendation r = new TrackedRecommendation();
		r.start(event, now);
		r.recomputeDeadline(dueDates);
		r.record(HistoryEntry
			.draft(Transition.TRACKED, RecommendationStatus.AWAITING_RESPONSE,
					StepActor.systemFor(event.issuingBodyId()), now)
			.note(NOTES.text("tracked", event.letterNumber(), r.dueDateText()))
			.documents(event.letterDocuments())
			.causedBy(event.eventId()));
		r.scheduleNext(policy);
		return r;
	}

	/**
	 * Takes a person's step once {@link StepGuards#check} lets it through, and throws
	 * what the guard throws otherwise.
	 * @param documents the references of the documents that come with it, checked
	 */
	void take(Step step, List<DocumentReference> documents, Actor actor, Instant now, DueDates dueDates,
			SchedulePolicy policy, EscalationTargets targets) {
		LocalDate today = LocalDate.ofInstant(now, VIETNAM);
		StepActor by = StepActor.person(actor, new StepGuards(this).check(step, actor, today));
		HistoryEntry.Draft drafted = step.drafted(by, now, documents);
		switch (step.action()) {
			case ACKNOWLEDGE -> acknowledge(drafted, now, today, dueDates);
			case ACCEPT -> answer(Answer.ACCEPTED, drafted);
			case EXPLAIN -> answer(Answer.EXPLAINED, drafted);
			case REQUEST_REVIEW -> answer(Answer.REVIEW_REQUESTED, drafted);
			case REPORT_PROGRESS, REPORT_RESOLUTION, SEND_BACK, TAKE_TO_DIALOGUE -> record(drafted);
			case CLOSE_RESOLVED -> close(Closure.RESOLVED, drafted);
			case CLOSE_UNRESOLVED -> close(Closure.UNRESOLVED, drafted);
			case AGREE -> close(Closure.AGREED, drafted);
			case WITHDRAW -> close(Closure.WITHDRAWN, drafted);
			case ESCALATE -> escalate(step, drafted, targets);
			case REOPEN -> reopen(step, drafted, today, dueDates);
			case EXTEND ->
				changeDueDate(deadline().extended(new Extension(step.days(), step.note(), actor.userId(), now)),
						dueDates, drafted, NOTES.text("extended", step.days(), step.note()), today);
			case PAUSE -> changeDueDate(deadline().pausedFrom(today, step.note()), dueDates, drafted,
					NOTES.text("paused", today, step.note()), today);
			case RESUME -> changeDueDate(deadline().resumedOn(today), dueDates, drafted,
					joined(NOTES.text("resumed", today), step.note()), today);
		}
		scheduleNext(policy);
	}

	/**
	 * Records that an administrator purged the content of one of its documents; the
	 * status stays as it is and no lifecycle event is published.
	 * @param document the purged document
	 * @param reason why, in the administrator's words
	 * @param by the administrator
	 * @param at when
	 */
	void documentPurged(DocumentReference document, String reason, Actor by, Instant at) {
		record(HistoryEntry.purge(status(), StepActor.person(by, Role.ADMIN), at)
			.note(reason)
			.documents(List.of(document)));
	}

	/**
	 * Closes the item as withdrawn because its letter's item was withdrawn in
	 * supervision-service.
	 * @return {@code false} if the event was already applied or the item is closed
	 */
	boolean withdraw(RecommendationWithdrawn event) {
		if (!isOpen() || appliedEvent(event.eventId())) {
			return false;
		}
		StepActor by = StepActor.person(event.withdrawnBy(), event.issuingBodyId(), Role.FRONT_OFFICIAL);
		close(Closure.WITHDRAWN,
				HistoryEntry.draft(Transition.CLOSED, RecommendationStatus.CLOSED, by, event.occurredAt())
					.note(event.reason())
					.causedBy(event.eventId()));
		followUp(followUp().checkOn(null));
		return true;
	}

	/**
	 * Records that the addressee received the item, from notification-service's proof of
	 * delivery; the earliest receipt counts. A deadline counted from receipt is
	 * recomputed, no longer provisional.
	 * @param on the day of receipt, in Vietnam
	 * @param how how it was received, e.g. {@code EMAIL delivered}
	 * @param eventId the delivery event
	 * @param at when it happened
	 * @return {@code false} if an earlier or equal receipt was already recorded
	 */
	boolean received(LocalDate on, String how, String eventId, Instant at, DueDates dueDates, SchedulePolicy policy) {
		if (reply().receivedBy(on)) {
			return false;
		}
		reply(reply().receivedOn(on));
		LocalDate before = dueDate();
		String note = NOTES.text("received", on, how);
		if (isOpen() && RecommendationStatus.UNANSWERED.contains(status())) {
			recomputeDeadline(dueDates);
			if (!Objects.equals(before, dueDate())) {
				note = note + " "
						+ NOTES.text("received.due-date", NOTES.day(before, "due-date.before.none"), dueDateText());
			}
		}
		RecommendationStatus to = status();
		if (status() == RecommendationStatus.OVERDUE && dueDate() != null
				&& !LocalDate.ofInstant(at, VIETNAM).isAfter(dueDate())) {
			// Counted from the real receipt, the agency still has time.
			to = noLongerOverdue();
		}
		record(HistoryEntry.draft(Transition.RECEIVED, to, StepActor.systemFor(addresseeAgencyId()), at)
			.note(note)
			.causedBy(eventId));
		scheduleNext(policy);
		return true;
	}

	/**
	 * Takes the scheduler's steps that are due on a day, as {@link FollowUp} decides
	 * them: the reminder, the overdue mark the day after the due date, then each
	 * escalation whose delay has passed. Each point is recorded, so it is taken once
	 * whatever the number of passes.
	 * @return how many steps were taken
	 */
	int runSchedule(LocalDate today, Instant now, SchedulePolicy policy, EscalationTargets targets) {
		int before = newEvents().size();
		if (awaitingAnswerOnClock()) {
			FollowUp.Reminders reminders = followUp().remindersReached(today, dueDate(), policy);
			followUp(followUp().reminded(reminders));
			if (reminders.sendsOne()) {
				record(HistoryEntry.draft(Transition.REMINDED, status(), StepActor.SYSTEM, now)
					.note(NOTES.text("reminded", dueDate(), reminders.daysLeft())));
			}
			if (followUp().marksOverdue(today, dueDate(), status())) {
				followUp(followUp().overdueFrom(dueDate().plusDays(1)));
				record(HistoryEntry
					.draft(Transition.MARKED_OVERDUE, RecommendationStatus.OVERDUE, StepActor.SYSTEM, now)
					.note(NOTES.text("overdue", dueDate())));
			}
			for (int step : followUp().escalationsDue(today, dueDate(), status(), policy)) {
				EscalationTargets.Target target = targets.targetFor(this, step);
				escalateTo(step, target, now);
				record(HistoryEntry.draft(Transition.ESCALATED, RecommendationStatus.ESCALATED, StepActor.SYSTEM, now)
					.note(NOTES.text("escalated.late", ChronoUnit.DAYS.between(dueDate(), today),
							targets.nameOf(target.organisationId()), target.reason())));
			}
		}
		scheduleNext(policy);
		return newEvents().size() - before;
	}

	/**
	 * Recomputes the due date of an unanswered item after the calendar data changed.
	 * @return {@code true} if the due date changed, which is recorded as a step
	 */
	boolean recalculate(DueDates dueDates, Instant now, SchedulePolicy policy, String reason) {
		if (!isOpen() || !RecommendationStatus.UNANSWERED.contains(status())) {
			return false;
		}
		LocalDate before = dueDate();
		recomputeDeadline(dueDates);
		if (Objects.equals(before, dueDate())) {
			return false;
		}
		recordDueDateChange(StepActor.SYSTEM, reason, before, now, LocalDate.ofInstant(now, VIETNAM), List.of());
		scheduleNext(policy);
		return true;
	}

	/**
	 * Lists what an actor may do now, for the API to show.
	 */
	public List<LifecycleAction> allowedActions(Actor actor) {
		return new StepGuards(this).allowedActions(actor);
	}

	private void acknowledge(HistoryEntry.Draft step, Instant now, LocalDate today, DueDates dueDates) {
		reply(reply().acknowledged(now, today));
		LocalDate before = dueDate();
		recomputeDeadline(dueDates);
		RecommendationStatus to = (status() == RecommendationStatus.AWAITING_RESPONSE)
				? RecommendationStatus.ACKNOWLEDGED : status();
		record(HistoryEntry.draft(Transition.ACKNOWLEDGED, to, step.actor(), now)
			.documents(step.documents())
			.note(joined(step.note(), Objects.equals(before, dueDate()) ? null : dueDateText())));
	}

	private void answer(Answer answer, HistoryEntry.Draft step) {
		reply(reply().answered(answer, step.at()));
		String timing = (dueDate() == null) ? null : (LocalDate.ofInstant(step.at(), VIETNAM).isAfter(dueDate())
				? NOTES.text("answered.late", dueDate()) : NOTES.text("answered.in-time"));
		record(step.note(joined(step.note(), timing)));
	}

	private void close(Closure closure, HistoryEntry.Draft step) {
		closed(closure, step.at());
		record(step);
	}

	private void escalate(Step step, HistoryEntry.Draft drafted, EscalationTargets targets) {
		EscalationTargets.Target target = (step.escalateTo() != null)
				? new EscalationTargets.Target(step.escalateTo(), NOTES.text("escalated.chosen"))
				: targets.targetFor(this, 1);
		escalateTo(0, target, drafted.at());
		record(drafted.note(joined(step.note(),
				NOTES.text("escalated", targets.nameOf(target.organisationId()), target.reason()))));
	}

	private void escalateTo(int step, EscalationTargets.Target target, Instant now) {
		followUp(followUp().escalated(new Escalation(step, dueDate(), target.organisationId(), target.reason(), now)));
	}

	private void reopen(Step step, HistoryEntry.Draft drafted, LocalDate today, DueDates dueDates) {
		reply(reply().reopened());
		closed(null, null);
		followUp(followUp().notOverdue());
		deadline(deadline().reopened(today, step.dueDate()));
		recomputeDeadline(dueDates);
		record(drafted.note(joined(step.note(), dueDateText())));
	}

	private void changeDueDate(AnswerDeadline changed, DueDates dueDates, HistoryEntry.Draft step, String reason,
			LocalDate today) {
		LocalDate before = dueDate();
		deadline(changed);
		recomputeDeadline(dueDates);
		recordDueDateChange(step.actor(), reason, before, step.at(), today, step.documents());
	}

	private void recordDueDateChange(StepActor by, String reason, LocalDate before, Instant now, LocalDate today,
			List<DocumentReference> documents) {
		RecommendationStatus to = status();
		if (status() == RecommendationStatus.OVERDUE && (dueDate() == null || !today.isAfter(dueDate()))) {
			// The new date gives the agency time again: it is no longer overdue.
			to = noLongerOverdue();
		}
		String change = NOTES.text("due-date.changed", NOTES.day(before, "due-date.before.none"),
				NOTES.day(dueDate(), "due-date.after.paused"));
		record(HistoryEntry.draft(Transition.DUE_DATE_CHANGED, to, by, now)
			.note(joined(reason, change))
			.documents(documents));
	}

	private RecommendationStatus noLongerOverdue() {
		followUp(followUp().notOverdue());
		return reply().awaiting();
	}

	private void scheduleNext(SchedulePolicy policy) {
		followUp(followUp().checkOn(awaitingAnswerOnClock() ? followUp().nextCheck(dueDate(), policy) : null));
	}

	private void recomputeDeadline(DueDates dueDates) {
		deadline(deadline().recomputed(dueDates, item(), reply().deliveredOn(), reply().acknowledgedOn()));
	}

}
