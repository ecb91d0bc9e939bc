package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.recommendation.Transition;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.recommendation.deadline.Deadline;
import vn.mttq.giamsat.recommendation.deadline.DeadlineExplanation;
import vn.mttq.giamsat.recommendation.deadline.DeadlineInput;
import vn.mttq.giamsat.recommendation.deadline.DeadlineSubject;
import vn.mttq.giamsat.recommendation.deadline.Extension;
import vn.mttq.giamsat.recommendation.deadline.Pause;
import vn.mttq.giamsat.recommendation.tracking.LifecycleAction.Party;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;
import vn.mttq.giamsat.support.web.BusinessRuleException;
import vn.mttq.giamsat.support.web.ForbiddenException;
import vn.mttq.giamsat.support.web.InvalidStateException;

/**
 * Kiến nghị đang theo dõi: one recommendation followed until it is closed. Its id is the
 * recommendation id of the issued item, so an item can be tracked only once.
 * <p>
 * Every change goes through a guarded step that appends to the history and records the
 * lifecycle event to publish; the store writes state, history and event in one document
 * write, guarded by the version.
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

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Id
	private String id;

	private String letterId;

	private String letterNumber;

	private String activityId;

	private String issuingBodyId;

	private String addresseeAgencyId;

	private List<String> copyRecipientIds = new ArrayList<>();

	private String letterKind;

	private String itemType;

	private String activityKind;

	private String supervisionForm;

	private String level;

	private String content;

	private LocalDate issuedOn;

	private LocalDate officialDueDate;

	/** Set when it was reopened: the deadline counts from this day. */
	private LocalDate countFrom;

	private LocalDate deliveredOn;

	private Instant acknowledgedAt;

	private Instant answeredAt;

	private Answer answer;

	private RecommendationStatus status;

	private Closure closure;

	private Instant closedAt;

	private LocalDate dueDate;

	private DeadlineExplanation dueDateExplanation;

	private List<Extension> extensions = new ArrayList<>();

	private List<Pause> pauses = new ArrayList<>();

	private LocalDate overdueSince;

	private List<SentReminder> reminders = new ArrayList<>();

	private List<Escalation> escalations = new ArrayList<>();

	/** The next day the scheduler has something to do for it; {@code null} if never. */
	private LocalDate nextCheckOn;

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
		r.letterId = event.letterId();
		r.letterNumber = event.letterNumber();
		r.activityId = event.activityId();
		r.issuingBodyId = event.issuingBodyId();
		r.addresseeAgencyId = event.addresseeAgencyId();
		r.copyRecipientIds = new ArrayList<>(event.copyRecipientIds());
		r.letterKind = event.letterKind();
		r.itemType = event.itemType();
		r.activityKind = event.activityKind();
		r.supervisionForm = event.supervisionForm();
		r.level = event.level();
		r.content = event.content();
		r.issuedOn = event.issuedOn();
		r.officialDueDate = event.dueDate();
		r.status = RecommendationStatus.AWAITING_RESPONSE;
		r.open = true;
		r.issuedAt = event.occurredAt();
		r.trackedAt = now;
		r.sourceEventId = event.eventId();
		r.recomputeDeadline(dueDates);
		r.record(Transition.TRACKED, RecommendationStatus.AWAITING_RESPONSE,
				new StepActor("SYSTEM", null, event.issuingBodyId(), null),
				"Ban hành tại văn bản số " + event.letterNumber() + ". " + r.dueDateText(), List.of(), now,
				event.eventId());
		r.scheduleNext(policy);
		return r;
	}

	/**
	 * Takes a person's step, after checking who may take it, from which status and with
	 * which content.
	 * @throws ForbiddenException the actor is not on the side the action belongs to
	 * @throws InvalidStateException the action is not allowed in the current status
	 * @throws BusinessRuleException the step lacks required content
	 */
	void take(TakeStep step, Actor actor, Instant now, DueDates dueDates, SchedulePolicy policy,
			EscalationTargets targets) {
		LifecycleAction action = step.action();
		Role role = requireParty(action, actor);
		String refusal = stateRefusal(action);
		if (refusal != null) {
			throw new InvalidStateException(refusal, this.status.name(),
					allowedActions(actor).stream().map(Enum::name).toList());
		}
		requireContent(step, now);
		StepActor by = StepActor.person(actor, role);
		LocalDate today = LocalDate.ofInstant(now, VIETNAM);
		switch (action) {
			case ACKNOWLEDGE -> {
				this.acknowledgedAt = now;
				if (this.deliveredOn == null) {
					// Confirming receipt proves it, whatever notification-service saw.
					this.deliveredOn = today;
				}
				LocalDate before = this.dueDate;
				recomputeDeadline(dueDates);
				RecommendationStatus to = (this.status == RecommendationStatus.AWAITING_RESPONSE)
						? RecommendationStatus.ACKNOWLEDGED : this.status;
				String note = joined(step.note(), Objects.equals(before, this.dueDate) ? null : dueDateText());
				record(Transition.ACKNOWLEDGED, to, by, note, step.attachments(), now, null);
			}
			case ACCEPT -> answer(Answer.ACCEPTED, Transition.ACCEPTED, RecommendationStatus.ACCEPTED, step, by, now);
			case EXPLAIN ->
				answer(Answer.EXPLAINED, Transition.EXPLAINED, RecommendationStatus.EXPLAINED, step, by, now);
			case REQUEST_REVIEW -> answer(Answer.REVIEW_REQUESTED, Transition.REVIEW_REQUESTED,
					RecommendationStatus.REVIEW_REQUESTED, step, by, now);
			case REPORT_PROGRESS -> record(Transition.PROGRESS_REPORTED, RecommendationStatus.IN_PROGRESS, by,
					step.note(), step.attachments(), now, null);
			case REPORT_RESOLUTION -> record(Transition.RESOLUTION_REPORTED, RecommendationStatus.RESOLUTION_REPORTED,
					by, step.note(), step.attachments(), now, null);
			case SEND_BACK -> record(Transition.SENT_BACK, RecommendationStatus.IN_PROGRESS, by, step.note(),
					step.attachments(), now, null);
			case CLOSE_RESOLVED -> close(Closure.RESOLVED, by, step.note(), step.attachments(), now, null);
			case CLOSE_UNRESOLVED -> close(Closure.UNRESOLVED, by, step.note(), step.attachments(), now, null);
			case AGREE -> close(Closure.AGREED, by, step.note(), step.attachments(), now, null);
			case WITHDRAW -> close(Closure.WITHDRAWN, by, step.note(), step.attachments(), now, null);
			case TAKE_TO_DIALOGUE -> record(Transition.TAKEN_TO_DIALOGUE, RecommendationStatus.IN_DIALOGUE, by,
					step.note(), step.attachments(), now, null);
			case ESCALATE -> {
				EscalationTargets.Target target = (step.escalateTo() != null)
						? new EscalationTargets.Target(step.escalateTo(), "do cán bộ Mặt trận chọn")
						: targets.targetFor(this, 1);
				this.escalations.add(new Escalation(0, this.dueDate, target.organisationId(), target.reason(), now));
				record(Transition.ESCALATED, RecommendationStatus.ESCALATED, by,
						joined(step.note(), "Chuyển đến " + target.organisationId() + " (" + target.reason() + ")."),
						step.attachments(), now, null);
			}
			case REOPEN -> reopen(step, by, now, today, dueDates);
			case EXTEND -> {
				this.extensions.add(new Extension(step.days(), step.note(), actor.userId(), now));
				changeDueDate(dueDates, by, "Gia hạn thêm " + step.days() + " ngày: " + step.note(), now, today);
			}
			case PAUSE -> {
				this.pauses.add(new Pause(today, null, step.note()));
				changeDueDate(dueDates, by, "Tạm dừng tính hạn từ " + DAY.format(today) + ": " + step.note(), now,
						today);
			}
			case RESUME -> {
				Pause paused = this.pauses.remove(this.pauses.size() - 1);
				if (paused.from().isBefore(today)) {
					this.pauses.add(new Pause(paused.from(), today.minusDays(1), paused.reason()));
				}
				changeDueDate(dueDates, by, joined("Tiếp tục tính hạn từ " + DAY.format(today) + ".", step.note()), now,
						today);
			}
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
		close(Closure.WITHDRAWN, by, event.reason(), List.of(), event.occurredAt(), event.eventId());
		this.nextCheckOn = null;
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
		LocalDate before = this.dueDate;
		String note = "Cơ quan đã nhận ngày " + DAY.format(on) + " (" + how + ").";
		if (this.open && RecommendationStatus.UNANSWERED.contains(this.status)) {
			recomputeDeadline(dueDates);
			if (!Objects.equals(before, this.dueDate)) {
				note = note + " Hạn trả lời: " + ((before != null) ? DAY.format(before) : "chưa có") + " → "
						+ dueDateText();
			}
		}
		RecommendationStatus to = this.status;
		if (this.status == RecommendationStatus.OVERDUE && this.dueDate != null
				&& !LocalDate.ofInstant(at, VIETNAM).isAfter(this.dueDate)) {
			// Counted from the real receipt, the agency still has time.
			this.overdueSince = null;
			to = (this.acknowledgedAt != null) ? RecommendationStatus.ACKNOWLEDGED
					: RecommendationStatus.AWAITING_RESPONSE;
		}
		record(Transition.RECEIVED, to, new StepActor("SYSTEM", null, this.addresseeAgencyId, null), note, List.of(),
				at, eventId);
		scheduleNext(policy);
		return true;
	}

	public LocalDate deliveredOn() {
		return this.deliveredOn;
	}

	/**
	 * Takes the scheduler's steps that are due on a day: the reminder before the due date
	 * (only the latest point reached, so that catching up after downtime does not send a
	 * burst), the overdue mark the day after it, then each escalation whose delay has
	 * passed. Each point is recorded, so it is taken once whatever the number of passes.
	 * @return how many steps were taken
	 */
	int runSchedule(LocalDate today, Instant now, SchedulePolicy policy, EscalationTargets targets) {
		int before = this.newEvents.size();
		if (awaitingAnswerOnClock()) {
			remind(today, now, policy);
			if (today.isAfter(this.dueDate) && (this.status == RecommendationStatus.AWAITING_RESPONSE
					|| this.status == RecommendationStatus.ACKNOWLEDGED)) {
				this.overdueSince = this.dueDate.plusDays(1);
				record(Transition.MARKED_OVERDUE, RecommendationStatus.OVERDUE, StepActor.SYSTEM,
						"Quá hạn trả lời: hạn là " + DAY.format(this.dueDate) + ".", List.of(), now, null);
			}
			if (this.overdueSince != null
					&& (this.status == RecommendationStatus.OVERDUE || this.status == RecommendationStatus.ESCALATED)) {
				escalate(today, now, policy, targets);
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
		LocalDate before = this.dueDate;
		recomputeDeadline(dueDates);
		if (Objects.equals(before, this.dueDate)) {
			return false;
		}
		LocalDate today = LocalDate.ofInstant(now, VIETNAM);
		recordDueDateChange(StepActor.SYSTEM, reason, before, now, today);
		scheduleNext(policy);
		return true;
	}

	/**
	 * Tells whether an actor may see this recommendation: an agency officer sees only
	 * those addressed to their agency.
	 */
	boolean visibleTo(Actor actor) {
		return !actor.limitedToOwnOrganisation() || this.addresseeAgencyId.equals(actor.organisationId());
	}

	/**
	 * Lists what an actor may do now, for the API to show.
	 */
	List<LifecycleAction> allowedActions(Actor actor) {
		return Stream.of(LifecycleAction.values())
			.filter((action) -> partyOf(action, actor) != null && stateRefusal(action) == null)
			.toList();
	}

	private void answer(Answer answer, Transition transition, RecommendationStatus to, TakeStep step, StepActor by,
			Instant now) {
		this.answer = answer;
		this.answeredAt = now;
		if (this.acknowledgedAt == null) {
			this.acknowledgedAt = now;
		}
		String timing = (this.dueDate == null) ? null : (LocalDate.ofInstant(now, VIETNAM).isAfter(this.dueDate)
				? "Trả lời sau hạn " + DAY.format(this.dueDate) + "." : "Trả lời trong hạn.");
		record(transition, to, by, joined(step.note(), timing), step.attachments(), now, null);
	}

	private void close(Closure closure, StepActor by, String note, List<String> attachments, Instant now,
			String causeEventId) {
		this.closure = closure;
		this.closedAt = now;
		this.open = false;
		record(Transition.CLOSED, RecommendationStatus.CLOSED, by, note, attachments, now, causeEventId);
	}

	private void reopen(TakeStep step, StepActor by, Instant now, LocalDate today, DueDates dueDates) {
		this.answer = null;
		this.answeredAt = null;
		this.acknowledgedAt = null;
		this.closure = null;
		this.closedAt = null;
		this.overdueSince = null;
		this.open = true;
		this.countFrom = today;
		this.officialDueDate = step.dueDate();
		this.extensions = new ArrayList<>();
		this.pauses = new ArrayList<>();
		recomputeDeadline(dueDates);
		record(Transition.REOPENED, RecommendationStatus.AWAITING_RESPONSE, by, joined(step.note(), dueDateText()),
				step.attachments(), now, null);
	}

	private void changeDueDate(DueDates dueDates, StepActor by, String reason, Instant now, LocalDate today) {
		LocalDate before = this.dueDate;
		recomputeDeadline(dueDates);
		recordDueDateChange(by, reason, before, now, today);
	}

	private void recordDueDateChange(StepActor by, String reason, LocalDate before, Instant now, LocalDate today) {
		RecommendationStatus to = this.status;
		if (this.status == RecommendationStatus.OVERDUE && (this.dueDate == null || !today.isAfter(this.dueDate))) {
			// The new date gives the agency time again: it is no longer overdue.
			this.overdueSince = null;
			to = (this.acknowledgedAt != null) ? RecommendationStatus.ACKNOWLEDGED
					: RecommendationStatus.AWAITING_RESPONSE;
		}
		String change = "Hạn trả lời: " + ((before != null) ? DAY.format(before) : "chưa có") + " → "
				+ ((this.dueDate != null) ? DAY.format(this.dueDate) : "tạm dừng") + ".";
		record(Transition.DUE_DATE_CHANGED, to, by, joined(reason, change), List.of(), now, null);
	}

	private void remind(LocalDate today, Instant now, SchedulePolicy policy) {
		Integer latest = null;
		for (int daysBefore : policy.reminderDaysBefore()) {
			if (reminderReached(daysBefore) || today.isBefore(this.dueDate.minusDays(daysBefore))) {
				continue;
			}
			// Points come largest first, so the last reached one is the nearest the due
			// date.
			latest = daysBefore;
		}
		for (int daysBefore : policy.reminderDaysBefore()) {
			if (reminderReached(daysBefore) || today.isBefore(this.dueDate.minusDays(daysBefore))) {
				continue;
			}
			boolean send = !today.isAfter(this.dueDate) && daysBefore == latest;
			this.reminders.add(new SentReminder(this.dueDate, daysBefore, today, send));
		}
		if (latest != null && !today.isAfter(this.dueDate)) {
			long left = ChronoUnit.DAYS.between(today, this.dueDate);
			record(Transition.REMINDED, this.status, StepActor.SYSTEM,
					"Nhắc trả lời: hạn " + DAY.format(this.dueDate) + ", còn " + left + " ngày.", List.of(), now, null);
		}
	}

	private boolean reminderReached(int daysBefore) {
		return this.reminders.stream()
			.anyMatch((r) -> r.dueDate().equals(this.dueDate) && r.daysBefore() == daysBefore);
	}

	private void escalate(LocalDate today, Instant now, SchedulePolicy policy, EscalationTargets targets) {
		List<Integer> delays = policy.escalationDaysAfter();
		for (int i = 0; i < delays.size(); i++) {
			int step = i + 1;
			LocalDate on = this.dueDate.plusDays(delays.get(i));
			if (today.isBefore(on) || escalated(step)) {
				continue;
			}
			EscalationTargets.Target target = targets.targetFor(this, step);
			this.escalations.add(new Escalation(step, this.dueDate, target.organisationId(), target.reason(), now));
			long late = ChronoUnit.DAYS.between(this.dueDate, today);
			record(Transition.ESCALATED, RecommendationStatus.ESCALATED, StepActor.SYSTEM,
					"Quá hạn " + late + " ngày; chuyển đến " + target.organisationId() + " (" + target.reason() + ").",
					List.of(), now, null);
		}
	}

	private boolean escalated(int step) {
		return this.escalations.stream().anyMatch((e) -> e.step() == step && Objects.equals(e.dueDate(), this.dueDate));
	}

	private void scheduleNext(SchedulePolicy policy) {
		if (!awaitingAnswerOnClock()) {
			this.nextCheckOn = null;
			return;
		}
		List<LocalDate> points = new ArrayList<>();
		for (int daysBefore : policy.reminderDaysBefore()) {
			if (!reminderReached(daysBefore)) {
				points.add(this.dueDate.minusDays(daysBefore));
			}
		}
		if (this.overdueSince == null) {
			points.add(this.dueDate.plusDays(1));
		}
		else {
			List<Integer> delays = policy.escalationDaysAfter();
			for (int i = 0; i < delays.size(); i++) {
				if (!escalated(i + 1)) {
					points.add(this.dueDate.plusDays(delays.get(i)));
				}
			}
		}
		this.nextCheckOn = points.stream().min(LocalDate::compareTo).orElse(null);
	}

	/** Open, unanswered, with a due date and its clock running. */
	private boolean awaitingAnswerOnClock() {
		return this.open && RecommendationStatus.UNANSWERED.contains(this.status) && this.dueDate != null && !paused();
	}

	boolean paused() {
		return !this.pauses.isEmpty() && this.pauses.get(this.pauses.size() - 1).to() == null;
	}

	private void recomputeDeadline(DueDates dueDates) {
		Deadline deadline = dueDates.compute(deadlineInput());
		this.dueDate = deadline.dueDate();
		this.dueDateExplanation = deadline.explanation();
	}

	DeadlineInput deadlineInput() {
		LocalDate acknowledged = (this.acknowledgedAt != null) ? LocalDate.ofInstant(this.acknowledgedAt, VIETNAM)
				: null;
		LocalDate start = (this.countFrom != null) ? this.countFrom : this.issuedOn;
		LocalDate delivered = (this.countFrom != null) ? this.countFrom : this.deliveredOn;
		return new DeadlineInput(
				new DeadlineSubject(this.letterKind, this.itemType, this.activityKind, this.supervisionForm,
						this.level),
				start, delivered, acknowledged, this.officialDueDate, List.copyOf(this.extensions),
				List.copyOf(this.pauses));
	}

	private Role requireParty(LifecycleAction action, Actor actor) {
		Role role = partyOf(action, actor);
		if (role == null) {
			String who = (action.party() == Party.AGENCY)
					? "officers of the addressee agency '" + this.addresseeAgencyId + "'"
					: "Front officials of the issuing body '" + this.issuingBodyId + "'";
			throw new ForbiddenException("Only " + who + " may " + action.name() + " this recommendation");
		}
		return role;
	}

	private Role partyOf(LifecycleAction action, Actor actor) {
		if (action.party() == Party.AGENCY) {
			return (actor.has(Role.AGENCY_OFFICER) && this.addresseeAgencyId.equals(actor.organisationId()))
					? Role.AGENCY_OFFICER : null;
		}
		return (actor.has(Role.FRONT_OFFICIAL) && this.issuingBodyId.equals(actor.organisationId()))
				? Role.FRONT_OFFICIAL : null;
	}

	/**
	 * Returns why an action is not allowed now, or {@code null} when it is.
	 */
	private String stateRefusal(LifecycleAction action) {
		if (!action.allowedFrom(this.status)) {
			return action.name() + " is not allowed while the recommendation is " + this.status;
		}
		return switch (action) {
			case ACKNOWLEDGE -> (this.acknowledgedAt != null) ? "The receipt was already acknowledged" : null;
			case PAUSE -> paused() ? "The deadline is already paused" : null;
			case RESUME -> paused() ? null : "The deadline is not paused";
			case EXTEND -> (this.dueDate == null) ? "There is no running due date to extend" : null;
			default -> null;
		};
	}

	private void requireContent(TakeStep step, Instant now) {
		LifecycleAction action = step.action();
		if (action.noteRequired() && !step.hasNote()) {
			throw new BusinessRuleException("note", action.name() + " needs a note: " + noteMeaning(action));
		}
		if (action == LifecycleAction.REPORT_RESOLUTION && step.attachments().isEmpty()) {
			throw new BusinessRuleException("attachments",
					"A resolution report needs at least one attachment as evidence");
		}
		if ((action == LifecycleAction.EXTEND) != (step.days() != null)) {
			throw new BusinessRuleException("days", (action == LifecycleAction.EXTEND)
					? "EXTEND needs the number of days to add" : "days is only for EXTEND");
		}
		if (step.dueDate() != null) {
			if (action != LifecycleAction.REOPEN) {
				throw new BusinessRuleException("dueDate", "dueDate is only for REOPEN");
			}
			if (!step.dueDate().isAfter(LocalDate.ofInstant(now, VIETNAM))) {
				throw new BusinessRuleException("dueDate", "The new due date must be after today");
			}
		}
		if (step.escalateTo() != null) {
			if (action != LifecycleAction.ESCALATE) {
				throw new BusinessRuleException("escalateTo", "escalateTo is only for ESCALATE");
			}
			if (step.escalateTo().equals(this.addresseeAgencyId) || step.escalateTo().equals(this.issuingBodyId)) {
				throw new BusinessRuleException("escalateTo",
						"An escalation goes to another body than the addressee and the issuing body");
			}
		}
	}

	private static String noteMeaning(LifecycleAction action) {
		return switch (action) {
			case ACCEPT -> "what the agency will do";
			case EXPLAIN -> "why the agency does not accept it";
			case REQUEST_REVIEW -> "the grounds for the review";
			case REPORT_PROGRESS, REPORT_RESOLUTION -> "what was done";
			case SEND_BACK, CLOSE_UNRESOLVED -> "why it is not resolved";
			case EXTEND, PAUSE, WITHDRAW, REOPEN, TAKE_TO_DIALOGUE, ESCALATE -> "the reason";
			default -> "the content";
		};
	}

	private void record(Transition transition, RecommendationStatus to, StepActor by, String note,
			List<String> attachments, Instant at, String causeEventId) {
		RecommendationStatus from = this.status;
		if (transition == Transition.TRACKED) {
			from = null;
		}
		this.status = to;
		this.open = to != RecommendationStatus.CLOSED;
		this.sequence++;
		String eventId = UUID.randomUUID().toString();
		this.history.add(new HistoryEntry(this.sequence, at, transition, from, to, by, by.organisationId(), note,
				attachments, causeEventId, eventId));
		this.newEvents.add(new RecommendationLifecycleEvent(eventId, at, this.id, this.sequence, transition.name(),
				(from != null) ? from.name() : null, to.name(),
				new RecommendationLifecycleEvent.Actor(by.kind(), by.organisationId(), by.userId(), by.role()), note,
				attachments, snapshot()));
	}

	private RecommendationLifecycleEvent.Snapshot snapshot() {
		return new RecommendationLifecycleEvent.Snapshot(this.letterId, this.letterNumber, this.activityId,
				this.issuingBodyId, this.addresseeAgencyId, this.copyRecipientIds, this.level, this.supervisionForm,
				this.itemType, this.content, this.issuedOn, this.dueDate, dueDateText(), this.acknowledgedAt,
				this.answeredAt, (this.answer != null) ? this.answer.name() : null, overdue(), sentReminders(),
				this.escalations.stream().map(Escalation::toOrganisationId).toList(),
				(this.closure != null) ? this.closure.name() : null, this.closedAt);
	}

	private boolean appliedEvent(String eventId) {
		return eventId.equals(this.sourceEventId) || this.history.stream().anyMatch((h) -> eventId.equals(h.eventId()));
	}

	private String dueDateText() {
		if (this.dueDateExplanation != null && this.dueDateExplanation.textVi() != null) {
			return this.dueDateExplanation.textVi();
		}
		return (this.dueDate != null) ? "Hạn trả lời " + DAY.format(this.dueDate) + "." : "Chưa có hạn trả lời.";
	}

	private static String joined(String first, String second) {
		if (first == null || first.isBlank()) {
			return second;
		}
		return (second == null) ? first : first + " " + second;
	}

	/** Whether the due date has passed without an answer. */
	public boolean overdue() {
		return this.open && this.answeredAt == null && this.overdueSince != null;
	}

	int sentReminders() {
		return (int) this.reminders.stream().filter(SentReminder::sent).count();
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

	public String letterId() {
		return this.letterId;
	}

	public String letterNumber() {
		return this.letterNumber;
	}

	public String activityId() {
		return this.activityId;
	}

	public String issuingBodyId() {
		return this.issuingBodyId;
	}

	public String addresseeAgencyId() {
		return this.addresseeAgencyId;
	}

	public List<String> copyRecipientIds() {
		return List.copyOf(this.copyRecipientIds);
	}

	public String level() {
		return this.level;
	}

	public String supervisionForm() {
		return this.supervisionForm;
	}

	public String activityKind() {
		return this.activityKind;
	}

	public String itemType() {
		return this.itemType;
	}

	public String letterKind() {
		return this.letterKind;
	}

	public String content() {
		return this.content;
	}

	public LocalDate issuedOn() {
		return this.issuedOn;
	}

	public LocalDate dueDate() {
		return this.dueDate;
	}

	public DeadlineExplanation dueDateExplanation() {
		return this.dueDateExplanation;
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
		return this.overdueSince;
	}

	public LocalDate nextCheckOn() {
		return this.nextCheckOn;
	}

	public List<Escalation> escalations() {
		return List.copyOf(this.escalations);
	}

	public List<Extension> extensions() {
		return List.copyOf(this.extensions);
	}

	public List<Pause> pauses() {
		return List.copyOf(this.pauses);
	}

	public Instant issuedAt() {
		return this.issuedAt;
	}

	public Instant trackedAt() {
		return this.trackedAt;
	}

	public long sequence() {
		return this.sequence;
	}

	public List<HistoryEntry> history() {
		return List.copyOf(this.history);
	}

	public Long version() {
		return this.version;
	}

}
