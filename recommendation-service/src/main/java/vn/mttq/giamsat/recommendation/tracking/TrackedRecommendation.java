package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.recommendation.Transition;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.recommendation.deadline.DeadlineExplanation;
import vn.mttq.giamsat.recommendation.deadline.Extension;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;

import static vn.mttq.giamsat.recommendation.tracking.StepNotes.joined;

/**
 * Kiến nghị đang theo dõi: one recommendation followed until it is closed. Its id is the
 * recommendation id of the issued item, so an item can be tracked only once.
 * <p>
 * Every change goes through a guarded step ({@link StepGuards}) that appends to the
 * history and records the lifecycle event to publish; the store writes state, history and
 * event in one document write, guarded by the version. The issued item and the follow-up
 * are stored unwrapped: their fields sit at the top of the document.
 */
@Document("recommendations")
// The agency list: an agency's items newest first, with or without a status; equality,
// then the sort, so MongoDB reads only the page's keys.
@CompoundIndex(name = "agency_list", def = "{'addresseeAgencyId': 1, 'issuedAt': -1, '_id': 1}")
@CompoundIndex(name = "agency_status_list", def = "{'addresseeAgencyId': 1, 'status': 1, 'issuedAt': -1, '_id': 1}")
// The scheduler's pass over open items due for a check, in _id order; also the open and
// overdue gauges' count of open items.
@CompoundIndex(name = "scheduler", def = "{'open': 1, 'nextCheckOn': 1, '_id': 1}")
public class TrackedRecommendation {

	/** Due dates and "today" are Vietnamese calendar days. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final StepNotes NOTES = StepNotes.VI;

	@Id
	private String id;

	@Unwrapped.Empty
	private IssuedItem item;

	@Unwrapped.Empty
	private AnswerDeadline deadline = AnswerDeadline.setBy(null);

	private LocalDate deliveredOn;

	private Instant acknowledgedAt;

	private Instant answeredAt;

	private Answer answer;

	private RecommendationStatus status;

	private Closure closure;

	private Instant closedAt;

	@Unwrapped.Empty
	private FollowUp followUp = FollowUp.none();

	private boolean open;

	private Instant issuedAt;

	private Instant trackedAt;

	private String sourceEventId;

	private long sequence;

	private List<HistoryEntry> history = new ArrayList<>();

	@Version
	private Long version;

	@Transient
	private final List<RecommendationLifecycleEvent> newEvents = new ArrayList<>();

	TrackedRecommendation() {
	}

	/**
	 * Starts tracking an issued item: computes its due date and records the
	 * {@code TRACKED} step.
	 */
	static TrackedRecommendation issued(RecommendationIssued event, DueDates dueDates, SchedulePolicy policy,
			Instant now) {
		TrackedRecommendation r = new TrackedRecommendation();
		r.id = event.recommendationId();
		r.item = IssuedItem.of(event);
		r.deadline = AnswerDeadline.setBy(event.dueDate());
		r.status = RecommendationStatus.AWAITING_RESPONSE;
		r.open = true;
		r.issuedAt = event.occurredAt();
		r.trackedAt = now;
		r.sourceEventId = event.eventId();
		r.recomputeDeadline(dueDates);
		r.record(HistoryEntry
			.draft(Transition.TRACKED, RecommendationStatus.AWAITING_RESPONSE,
					StepActor.systemFor(event.issuingBodyId()), now)
			.note(NOTES.text("tracked", event.letterNumber(), r.dueDateText()))
			.causedBy(event.eventId()));
		r.scheduleNext(policy);
		return r;
	}

	/**
	 * Takes a person's step once {@link StepGuards#check} lets it through, and throws
	 * what the guard throws otherwise.
	 */
	void take(Step step, Actor actor, Instant now, DueDates dueDates, SchedulePolicy policy,
			EscalationTargets targets) {
		LocalDate today = LocalDate.ofInstant(now, VIETNAM);
		StepActor by = StepActor.person(actor, new StepGuards(this).check(step, actor, today));
		switch (step.action()) {
			case ACKNOWLEDGE -> acknowledge(step, by, now, today, dueDates);
			case ACCEPT -> answer(Answer.ACCEPTED, step.drafted(by, now));
			case EXPLAIN -> answer(Answer.EXPLAINED, step.drafted(by, now));
			case REQUEST_REVIEW -> answer(Answer.REVIEW_REQUESTED, step.drafted(by, now));
			case REPORT_PROGRESS, REPORT_RESOLUTION, SEND_BACK, TAKE_TO_DIALOGUE -> record(step.drafted(by, now));
			case CLOSE_RESOLVED -> close(Closure.RESOLVED, step.drafted(by, now));
			case CLOSE_UNRESOLVED -> close(Closure.UNRESOLVED, step.drafted(by, now));
			case AGREE -> close(Closure.AGREED, step.drafted(by, now));
			case WITHDRAW -> close(Closure.WITHDRAWN, step.drafted(by, now));
			case ESCALATE -> escalate(step, by, now, targets);
			case REOPEN -> reopen(step, by, now, today, dueDates);
			case EXTEND ->
				changeDueDate(this.deadline.extended(new Extension(step.days(), step.note(), actor.userId(), now)),
						dueDates, by, NOTES.text("extended", step.days(), step.note()), now, today);
			case PAUSE -> changeDueDate(this.deadline.pausedFrom(today, step.note()), dueDates, by,
					NOTES.text("paused", today, step.note()), now, today);
			case RESUME -> changeDueDate(this.deadline.resumedOn(today), dueDates, by,
					joined(NOTES.text("resumed", today), step.note()), now, today);
		}
		scheduleNext(policy);
	}

	/**
	 * Closes the item as withdrawn because its letter's item was withdrawn in
	 * supervision-service.
	 * @return {@code false} if the event was already applied or the item is closed
	 */
	boolean withdraw(RecommendationWithdrawn event) {
		if (!this.open || appliedEvent(event.eventId())) {
			return false;
		}
		StepActor by = StepActor.person(event.withdrawnBy(), event.issuingBodyId(), Role.FRONT_OFFICIAL);
		close(Closure.WITHDRAWN,
				HistoryEntry.draft(Transition.CLOSED, RecommendationStatus.CLOSED, by, event.occurredAt())
					.note(event.reason())
					.causedBy(event.eventId()));
		this.followUp = this.followUp.checkOn(null);
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
		if (this.deliveredOn != null && !on.isBefore(this.deliveredOn)) {
			return false;
		}
		this.deliveredOn = on;
		LocalDate before = dueDate();
		String note = NOTES.text("received", on, how);
		if (this.open && RecommendationStatus.UNANSWERED.contains(this.status)) {
			recomputeDeadline(dueDates);
			if (!Objects.equals(before, dueDate())) {
				note = note + " "
						+ NOTES.text("received.due-date", dayOr(before, "due-date.before.none"), dueDateText());
			}
		}
		RecommendationStatus to = this.status;
		if (this.status == RecommendationStatus.OVERDUE && dueDate() != null
				&& !LocalDate.ofInstant(at, VIETNAM).isAfter(dueDate())) {
			// Counted from the real receipt, the agency still has time.
			to = noLongerOverdue();
		}
		record(HistoryEntry.draft(Transition.RECEIVED, to, StepActor.systemFor(this.item.addresseeAgencyId()), at)
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
		int before = this.newEvents.size();
		if (awaitingAnswerOnClock()) {
			FollowUp.Reminders reminders = this.followUp.remindersReached(today, dueDate(), policy);
			this.followUp = this.followUp.reminded(reminders);
			if (reminders.sendsOne()) {
				record(HistoryEntry.draft(Transition.REMINDED, this.status, StepActor.SYSTEM, now)
					.note(NOTES.text("reminded", dueDate(), reminders.daysLeft())));
			}
			if (this.followUp.marksOverdue(today, dueDate(), this.status)) {
				this.followUp = this.followUp.overdueFrom(dueDate().plusDays(1));
				record(HistoryEntry
					.draft(Transition.MARKED_OVERDUE, RecommendationStatus.OVERDUE, StepActor.SYSTEM, now)
					.note(NOTES.text("overdue", dueDate())));
			}
			for (int step : this.followUp.escalationsDue(today, dueDate(), this.status, policy)) {
				EscalationTargets.Target target = targets.targetFor(this, step);
				escalateTo(step, target, now);
				record(HistoryEntry.draft(Transition.ESCALATED, RecommendationStatus.ESCALATED, StepActor.SYSTEM, now)
					.note(NOTES.text("escalated.late", ChronoUnit.DAYS.between(dueDate(), today),
							target.organisationId(), target.reason())));
			}
		}
		scheduleNext(policy);
		return this.newEvents.size() - before;
	}

	/**
	 * Recomputes the due date of an unanswered item after the calendar data changed.
	 * @return {@code true} if the due date changed, which is recorded as a step
	 */
	boolean recalculate(DueDates dueDates, Instant now, SchedulePolicy policy, String reason) {
		if (!this.open || !RecommendationStatus.UNANSWERED.contains(this.status)) {
			return false;
		}
		LocalDate before = dueDate();
		recomputeDeadline(dueDates);
		if (Objects.equals(before, dueDate())) {
			return false;
		}
		recordDueDateChange(StepActor.SYSTEM, reason, before, now, LocalDate.ofInstant(now, VIETNAM));
		scheduleNext(policy);
		return true;
	}

	/**
	 * Tells whether an actor may see this recommendation: an agency officer sees only
	 * those addressed to their agency.
	 */
	public boolean visibleTo(Actor actor) {
		return !actor.limitedToOwnOrganisation() || this.item.addresseeAgencyId().equals(actor.organisationId());
	}

	/**
	 * Lists what an actor may do now, for the API to show.
	 */
	public List<LifecycleAction> allowedActions(Actor actor) {
		return new StepGuards(this).allowedActions(actor);
	}

	private void acknowledge(Step step, StepActor by, Instant now, LocalDate today, DueDates dueDates) {
		this.acknowledgedAt = now;
		if (this.deliveredOn == null) {
			// Confirming receipt proves it, whatever notification-service saw.
			this.deliveredOn = today;
		}
		LocalDate before = dueDate();
		recomputeDeadline(dueDates);
		RecommendationStatus to = (this.status == RecommendationStatus.AWAITING_RESPONSE)
				? RecommendationStatus.ACKNOWLEDGED : this.status;
		record(HistoryEntry.draft(Transition.ACKNOWLEDGED, to, by, now)
			.attachments(step.attachments())
			.note(joined(step.note(), Objects.equals(before, dueDate()) ? null : dueDateText())));
	}

	private void answer(Answer answer, HistoryEntry.Draft step) {
		this.answer = answer;
		this.answeredAt = step.at();
		if (this.acknowledgedAt == null) {
			this.acknowledgedAt = step.at();
		}
		String timing = (dueDate() == null) ? null : (LocalDate.ofInstant(step.at(), VIETNAM).isAfter(dueDate())
				? NOTES.text("answered.late", dueDate()) : NOTES.text("answered.in-time"));
		record(step.note(joined(step.note(), timing)));
	}

	private void close(Closure closure, HistoryEntry.Draft step) {
		this.closure = closure;
		this.closedAt = step.at();
		this.open = false;
		record(step);
	}

	private void escalate(Step step, StepActor by, Instant now, EscalationTargets targets) {
		EscalationTargets.Target target = (step.escalateTo() != null)
				? new EscalationTargets.Target(step.escalateTo(), NOTES.text("escalated.chosen"))
				: targets.targetFor(this, 1);
		escalateTo(0, target, now);
		record(step.drafted(by, now)
			.note(joined(step.note(), NOTES.text("escalated", target.organisationId(), target.reason()))));
	}

	private void escalateTo(int step, EscalationTargets.Target target, Instant now) {
		this.followUp = this.followUp
			.escalated(new Escalation(step, dueDate(), target.organisationId(), target.reason(), now));
	}

	private void reopen(Step step, StepActor by, Instant now, LocalDate today, DueDates dueDates) {
		this.answer = null;
		this.answeredAt = null;
		this.acknowledgedAt = null;
		this.closure = null;
		this.closedAt = null;
		this.followUp = this.followUp.notOverdue();
		this.open = true;
		this.deadline = this.deadline.reopened(today, step.dueDate());
		recomputeDeadline(dueDates);
		record(step.drafted(by, now).note(joined(step.note(), dueDateText())));
	}

	private void changeDueDate(AnswerDeadline changed, DueDates dueDates, StepActor by, String reason, Instant now,
			LocalDate today) {
		LocalDate before = dueDate();
		this.deadline = changed;
		recomputeDeadline(dueDates);
		recordDueDateChange(by, reason, before, now, today);
	}

	private void recordDueDateChange(StepActor by, String reason, LocalDate before, Instant now, LocalDate today) {
		RecommendationStatus to = this.status;
		if (this.status == RecommendationStatus.OVERDUE && (dueDate() == null || !today.isAfter(dueDate()))) {
			// The new date gives the agency time again: it is no longer overdue.
			to = noLongerOverdue();
		}
		String change = NOTES.text("due-date.changed", dayOr(before, "due-date.before.none"),
				dayOr(dueDate(), "due-date.after.paused"));
		record(HistoryEntry.draft(Transition.DUE_DATE_CHANGED, to, by, now).note(joined(reason, change)));
	}

	private RecommendationStatus noLongerOverdue() {
		this.followUp = this.followUp.notOverdue();
		return (this.acknowledgedAt != null) ? RecommendationStatus.ACKNOWLEDGED
				: RecommendationStatus.AWAITING_RESPONSE;
	}

	private void scheduleNext(SchedulePolicy policy) {
		this.followUp = this.followUp
			.checkOn(awaitingAnswerOnClock() ? this.followUp.nextCheck(dueDate(), policy) : null);
	}

	/** Open, unanswered, with a due date and its clock running. */
	private boolean awaitingAnswerOnClock() {
		return this.open && RecommendationStatus.UNANSWERED.contains(this.status) && dueDate() != null && !paused();
	}

	private void recomputeDeadline(DueDates dueDates) {
		LocalDate acknowledged = (this.acknowledgedAt != null) ? LocalDate.ofInstant(this.acknowledgedAt, VIETNAM)
				: null;
		this.deadline = this.deadline.recomputed(dueDates, this.item, this.deliveredOn, acknowledged);
	}

	private void record(HistoryEntry.Draft step) {
		RecommendationStatus from = (step.transition() == Transition.TRACKED) ? null : this.status;
		this.status = step.status();
		this.open = step.status() != RecommendationStatus.CLOSED;
		this.sequence++;
		HistoryEntry entry = step.numbered(this.sequence, from, UUID.randomUUID().toString());
		this.history.add(entry);
		this.newEvents.add(RecommendationLifecycleEvents.of(this, entry));
	}

	private boolean appliedEvent(String eventId) {
		return eventId.equals(this.sourceEventId) || this.history.stream().anyMatch((h) -> eventId.equals(h.eventId()));
	}

	String dueDateText() {
		return NOTES.dueDate(dueDate(), dueDateExplanation());
	}

	private static Object dayOr(LocalDate day, String noneKey) {
		return (day != null) ? day : NOTES.text(noneKey);
	}

	/** Whether the due date has passed without an answer. */
	public boolean overdue() {
		return this.open && this.answeredAt == null && this.followUp.overdueSince() != null;
	}

	/** Whether the deadline clock is stopped. */
	public boolean paused() {
		return this.deadline.paused();
	}

	int sentReminders() {
		return this.followUp.sentReminders();
	}

	List<RecommendationLifecycleEvent> newEvents() {
		return Collections.unmodifiableList(this.newEvents);
	}

	/**
	 * Called by the store once state and events are written.
	 * @param storedVersion the version now in the database
	 */
	void stored(long storedVersion) {
		this.newEvents.clear();
		this.version = storedVersion;
	}

	public String id() {
		return this.id;
	}

	/** What the letter fixed about the item. */
	public IssuedItem item() {
		return this.item;
	}

	public String issuingBodyId() {
		return this.item.issuingBodyId();
	}

	public String addresseeAgencyId() {
		return this.item.addresseeAgencyId();
	}

	public String level() {
		return this.item.level();
	}

	public String supervisionForm() {
		return this.item.supervisionForm();
	}

	public String activityKind() {
		return this.item.activityKind();
	}

	public LocalDate deliveredOn() {
		return this.deliveredOn;
	}

	/** The answer date in force and what it is computed from. */
	public AnswerDeadline deadline() {
		return this.deadline;
	}

	public LocalDate dueDate() {
		return this.deadline.dueDate();
	}

	public DeadlineExplanation dueDateExplanation() {
		return this.deadline.dueDateExplanation();
	}

	public RecommendationStatus status() {
		return this.status;
	}

	public Answer answer() {
		return this.answer;
	}

	public Closure closure() {
		return this.closure;
	}

	public Instant acknowledgedAt() {
		return this.acknowledgedAt;
	}

	public Instant answeredAt() {
		return this.answeredAt;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public LocalDate overdueSince() {
		return this.followUp.overdueSince();
	}

	public LocalDate nextCheckOn() {
		return this.followUp.nextCheckOn();
	}

	public List<Escalation> escalations() {
		return this.followUp.escalations();
	}

	public Instant issuedAt() {
		return this.issuedAt;
	}

	public Instant trackedAt() {
		return this.trackedAt;
	}

	public List<HistoryEntry> history() {
		return List.copyOf(this.history);
	}

	public Long version() {
		return this.version;
	}

}
