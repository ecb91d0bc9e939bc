package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.recommendation.Transition;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.recommendation.deadline.DayCounting;
import vn.mttq.giamsat.recommendation.deadline.DuePeriod;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Hồ sơ kiến nghị: what is stored of a tracked recommendation and how others read it,
 * with its append-only history and the lifecycle events still to publish. Its state
 * changes only through the steps {@link TrackedRecommendation} takes; the issued item,
 * the deadline, the agency's reply and the follow-up are stored unwrapped, so every field
 * sits at the top of the document. Only this package extends it.
 */
public abstract class RecommendationRecord {

	@Id
	private String id;

	@Unwrapped.Empty
	private IssuedItem item;

	@Unwrapped.Empty
	private AnswerDeadline deadline = AnswerDeadline.setBy(null, null);

	@Unwrapped.Empty
	private Reply reply = Reply.none();

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

	@Transient
	private int newSteps;

	RecommendationRecord() {
	}

	/** Starts the record of an issued item, awaiting its answer. */
	void start(RecommendationIssued event, Instant now) {
		this.id = event.recommendationId();
		this.item = IssuedItem.of(event);
		this.deadline = AnswerDeadline.setBy(event.dueDate(), duePeriod(event.dueRule()));
		this.status = RecommendationStatus.AWAITING_RESPONSE;
		this.open = true;
		this.issuedAt = event.occurredAt();
		this.trackedAt = now;
		this.sourceEventId = event.eventId();
	}

	private static DuePeriod duePeriod(RecommendationIssued.DueRule rule) {
		return (rule != null) ? new DuePeriod(rule.days(), DayCounting.valueOf(rule.counting())) : null;
	}

	void deadline(AnswerDeadline deadline) {
		this.deadline = deadline;
	}

	void reply(Reply reply) {
		this.reply = reply;
	}

	void followUp(FollowUp followUp) {
		this.followUp = followUp;
	}

	/** Records how it was closed and when, or that it is no longer closed. */
	void closed(Closure closure, Instant at) {
		this.closure = closure;
		this.closedAt = at;
	}

	/**
	 * Appends a step to the history, moves to the status it leads to, and records its
	 * lifecycle event to publish, if it publishes one.
	 */
	void record(HistoryEntry.Draft step) {
		RecommendationStatus from = Transition.TRACKED.name().equals(step.transition()) ? null : this.status;
		this.status = step.status();
		this.open = step.status() != RecommendationStatus.CLOSED;
		this.sequence++;
		this.newSteps++;
		HistoryEntry entry = step.numbered(this.sequence, from, step.publishes() ? UUID.randomUUID().toString() : null);
		this.history.add(entry);
		if (step.publishes()) {
			this.newEvents.add(RecommendationLifecycleEvents.of(this, entry));
		}
	}

	/**
	 * Tells whether an incoming event was already applied: it started it or caused a
	 * step.
	 */
	boolean appliedEvent(String eventId) {
		return eventId.equals(this.sourceEventId) || this.history.stream().anyMatch((h) -> eventId.equals(h.eventId()));
	}

	/** Open, unanswered, with a due date and its clock running. */
	boolean awaitingAnswerOnClock() {
		return this.open && RecommendationStatus.UNANSWERED.contains(this.status) && dueDate() != null && !paused();
	}

	String dueDateText() {
		return StepNotes.VI.dueDate(dueDate(), this.deadline.dueDateExplanation());
	}

	String dueDateTextEn() {
		return StepNotes.EN.dueDate(dueDate(), this.deadline.dueDateExplanation());
	}

	List<RecommendationLifecycleEvent> newEvents() {
		return Collections.unmodifiableList(this.newEvents);
	}

	/** How many steps were recorded since it was read, with or without an event. */
	int newSteps() {
		return this.newSteps;
	}

	/**
	 * Called by the store once state and events are written.
	 * @param storedVersion the version now in the database
	 */
	void stored(long storedVersion) {
		this.newEvents.clear();
		this.newSteps = 0;
		this.version = storedVersion;
	}

	boolean isOpen() {
		return this.open;
	}

	/**
	 * Tells whether an actor may see this recommendation: an agency officer sees only
	 * those addressed to their agency.
	 */
	public boolean visibleTo(Actor actor) {
		return !actor.limitedToOwnOrganisation() || this.item.addresseeAgencyId().equals(actor.organisationId());
	}

	/** Whether the due date has passed without an answer. */
	public boolean overdue() {
		return this.open && this.reply.answeredAt() == null && this.followUp.overdueSince() != null;
	}

	/** Whether the deadline clock is stopped. */
	public boolean paused() {
		return this.deadline.paused();
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

	/** The answer date in force and what it is computed from. */
	public AnswerDeadline deadline() {
		return this.deadline;
	}

	public LocalDate dueDate() {
		return this.deadline.dueDate();
	}

	/** The agency's receipt and answer. */
	public Reply reply() {
		return this.reply;
	}

	public RecommendationStatus status() {
		return this.status;
	}

	public Closure closure() {
		return this.closure;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	/** The scheduler's reminders, escalations and next check. */
	public FollowUp followUp() {
		return this.followUp;
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
