package vn.mttq.giamsat.recommendation.tracking;

import java.util.EnumSet;
import java.util.Set;

import vn.mttq.giamsat.events.recommendation.Transition;

import static vn.mttq.giamsat.recommendation.tracking.RecommendationStatus.ACCEPTED;
import static vn.mttq.giamsat.recommendation.tracking.RecommendationStatus.ACKNOWLEDGED;
import static vn.mttq.giamsat.recommendation.tracking.RecommendationStatus.AWAITING_RESPONSE;
import static vn.mttq.giamsat.recommendation.tracking.RecommendationStatus.CLOSED;
import static vn.mttq.giamsat.recommendation.tracking.RecommendationStatus.ESCALATED;
import static vn.mttq.giamsat.recommendation.tracking.RecommendationStatus.EXPLAINED;
import static vn.mttq.giamsat.recommendation.tracking.RecommendationStatus.IN_DIALOGUE;
import static vn.mttq.giamsat.recommendation.tracking.RecommendationStatus.IN_PROGRESS;
import static vn.mttq.giamsat.recommendation.tracking.RecommendationStatus.OVERDUE;
import static vn.mttq.giamsat.recommendation.tracking.RecommendationStatus.RESOLUTION_REPORTED;
import static vn.mttq.giamsat.recommendation.tracking.RecommendationStatus.REVIEW_REQUESTED;

/**
 * What a person can do to a recommendation, with its guard: which party may do it, from
 * which statuses, and what it must carry. The table is the lifecycle of domain section
 * C3; {@link TrackedRecommendation} applies it.
 */
public enum LifecycleAction {

	/** The agency confirms receipt (the receipt from which "days from receipt" count). */
	ACKNOWLEDGE(Party.AGENCY, EnumSet.of(AWAITING_RESPONSE, OVERDUE, ESCALATED), false),

	/** The agency accepts (tiếp thu) and says what it will do. */
	ACCEPT(Party.AGENCY, RecommendationStatus.UNANSWERED, true),

	/** The agency does not accept and explains why (giải trình). */
	EXPLAIN(Party.AGENCY, RecommendationStatus.UNANSWERED, true),

	/** The agency asks the Front to review the recommendation (Law Art. 29.4). */
	REQUEST_REVIEW(Party.AGENCY, RecommendationStatus.UNANSWERED, true),

	/** The agency reports work under way. */
	REPORT_PROGRESS(Party.AGENCY, EnumSet.of(ACCEPTED, IN_PROGRESS), true),

	/** The agency reports it resolved; evidence (at least one attachment) required. */
	REPORT_RESOLUTION(Party.AGENCY, EnumSet.of(ACCEPTED, IN_PROGRESS), true),

	/** The Front verifies the reported resolution and closes it as resolved. */
	CLOSE_RESOLVED(Party.FRONT, EnumSet.of(RESOLUTION_REPORTED), false),

	/** The Front finds the reported resolution insufficient and sends it back. */
	SEND_BACK(Party.FRONT, EnumSet.of(RESOLUTION_REPORTED), true),

	/** The Front agrees with the agency's explanation and closes it. */
	AGREE(Party.FRONT, EnumSet.of(EXPLAINED, REVIEW_REQUESTED, IN_DIALOGUE), false),

	/** The Front takes it to a dialogue with the agency (Law Art. 28.4). */
	TAKE_TO_DIALOGUE(Party.FRONT, EnumSet.of(EXPLAINED, REVIEW_REQUESTED, ESCALATED), true),

	/**
	 * The Front takes it to the agency's superior or the Front one level up (Law Art.
	 * 28.7).
	 */
	ESCALATE(Party.FRONT, EnumSet.of(OVERDUE, ESCALATED, EXPLAINED, REVIEW_REQUESTED, IN_DIALOGUE), true),

	/** The Front closes it as not resolved. */
	CLOSE_UNRESOLVED(Party.FRONT,
			EnumSet.of(OVERDUE, ESCALATED, ACCEPTED, IN_PROGRESS, RESOLUTION_REPORTED, EXPLAINED, REVIEW_REQUESTED,
					IN_DIALOGUE),
			true),

	/** The Front withdraws it. */
	WITHDRAW(Party.FRONT, EnumSet.complementOf(EnumSet.of(CLOSED)), true),

	/**
	 * The Front puts it to the agency again: re-supervision, or re-issue after dialogue.
	 */
	REOPEN(Party.FRONT, EnumSet.of(CLOSED, IN_DIALOGUE), true),

	/** The Front extends the due date by a number of days, with a reason. */
	EXTEND(Party.FRONT, EnumSet.of(AWAITING_RESPONSE, ACKNOWLEDGED, OVERDUE), true),

	/** The Front stops the deadline clock, with a reason. */
	PAUSE(Party.FRONT, EnumSet.of(AWAITING_RESPONSE, ACKNOWLEDGED, OVERDUE), true),

	/** The Front restarts a paused deadline clock. */
	RESUME(Party.FRONT, RecommendationStatus.UNANSWERED, false);

	/** The side of the recommendation a person must be on to take an action. */
	public enum Party {

		/** The addressee agency's officers. */
		AGENCY,

		/** The issuing Front body's officials. */
		FRONT

	}

	private final Party party;

	private final Set<RecommendationStatus> from;

	private final boolean noteRequired;

	LifecycleAction(Party party, Set<RecommendationStatus> from, boolean noteRequired) {
		this.party = party;
		this.from = EnumSet.copyOf(from);
		this.noteRequired = noteRequired;
	}

	public Party party() {
		return this.party;
	}

	public boolean allowedFrom(RecommendationStatus status) {
		return this.from.contains(status);
	}

	public boolean noteRequired() {
		return this.noteRequired;
	}

	/** What taking it records in the history. */
	Transition transition() {
		return switch (this) {
			case ACKNOWLEDGE -> Transition.ACKNOWLEDGED;
			case ACCEPT -> Transition.ACCEPTED;
			case EXPLAIN -> Transition.EXPLAINED;
			case REQUEST_REVIEW -> Transition.REVIEW_REQUESTED;
			case REPORT_PROGRESS -> Transition.PROGRESS_REPORTED;
			case REPORT_RESOLUTION -> Transition.RESOLUTION_REPORTED;
			case SEND_BACK -> Transition.SENT_BACK;
			case TAKE_TO_DIALOGUE -> Transition.TAKEN_TO_DIALOGUE;
			case ESCALATE -> Transition.ESCALATED;
			case REOPEN -> Transition.REOPENED;
			case CLOSE_RESOLVED, CLOSE_UNRESOLVED, AGREE, WITHDRAW -> Transition.CLOSED;
			case EXTEND, PAUSE, RESUME -> Transition.DUE_DATE_CHANGED;
		};
	}

	/**
	 * The status it leads to; {@code null} when that depends on the status it is taken
	 * from (a receipt acknowledged, a due date changed).
	 */
	RecommendationStatus leadsTo() {
		return switch (this) {
			case ACCEPT -> ACCEPTED;
			case EXPLAIN -> EXPLAINED;
			case REQUEST_REVIEW -> REVIEW_REQUESTED;
			case REPORT_PROGRESS, SEND_BACK -> IN_PROGRESS;
			case REPORT_RESOLUTION -> RESOLUTION_REPORTED;
			case TAKE_TO_DIALOGUE -> IN_DIALOGUE;
			case ESCALATE -> ESCALATED;
			case REOPEN -> AWAITING_RESPONSE;
			case CLOSE_RESOLVED, CLOSE_UNRESOLVED, AGREE, WITHDRAW -> CLOSED;
			case ACKNOWLEDGE, EXTEND, PAUSE, RESUME -> null;
		};
	}

}
