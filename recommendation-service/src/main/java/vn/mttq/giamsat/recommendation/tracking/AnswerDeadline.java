package vn.mttq.giamsat.recommendation.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import vn.mttq.giamsat.recommendation.deadline.Deadline;
import vn.mttq.giamsat.recommendation.deadline.DeadlineExplanation;
import vn.mttq.giamsat.recommendation.deadline.DeadlineInput;
import vn.mttq.giamsat.recommendation.deadline.DuePeriod;
import vn.mttq.giamsat.recommendation.deadline.Extension;
import vn.mttq.giamsat.recommendation.deadline.Pause;

/**
 * Hạn trả lời: the answer date in force, how it was reached, and what it is computed from
 * besides the item and its receipt. Stored unwrapped, so its fields stay at the top of
 * the recommendation's document.
 *
 * @param officialDueDate the date the official set, if any
 * @param duePeriod the period the official gave instead of a date, if any
 * @param countFrom set when it was reopened: the deadline counts from this day
 * @param dueDate the answer date in force, {@code null} when none or paused
 * @param dueDateExplanation how that date was reached
 * @param provisionalDueDate the date computed before the receipt was known (from the
 * issue date), kept once the receipt fixes the real one; {@code null} when the deadline
 * never was provisional
 * @param extensions the extensions granted
 * @param pauses the pauses of the deadline clock, the last one open while it is stopped
 */
public record AnswerDeadline(LocalDate officialDueDate, DuePeriod duePeriod, LocalDate countFrom, LocalDate dueDate,
		DeadlineExplanation dueDateExplanation, LocalDate provisionalDueDate, List<Extension> extensions,
		List<Pause> pauses) {

	public AnswerDeadline {
		extensions = (extensions != null) ? List.copyOf(extensions) : List.of();
		pauses = (pauses != null) ? List.copyOf(pauses) : List.of();
	}

	/**
	 * A deadline not computed yet, with the date or the period the official set, if any.
	 */
	static AnswerDeadline setBy(LocalDate officialDueDate, DuePeriod duePeriod) {
		return new AnswerDeadline(officialDueDate, duePeriod, null, null, null, null, List.of(), List.of());
	}

	/** Whether the date in force is counted from an earlier event than its rule's. */
	public boolean dueDateProvisional() {
		return this.dueDateExplanation != null && this.dueDateExplanation.provisional();
	}

	/**
	 * Computes the answer date again: from the day it was reopened, else from the
	 * letter's date and the receipt.
	 */
	AnswerDeadline recomputed(DueDates dueDates, IssuedItem item, LocalDate deliveredOn, LocalDate acknowledgedOn) {
		LocalDate start = (this.countFrom != null) ? this.countFrom : item.issuedOn();
		LocalDate delivered = (this.countFrom != null) ? this.countFrom : deliveredOn;
		Deadline deadline = dueDates.compute(new DeadlineInput(item.deadlineSubject(), start, delivered, acknowledgedOn,
				this.officialDueDate, this.extensions, this.pauses, this.duePeriod));
		boolean provisional = deadline.explanation() != null && deadline.explanation().provisional();
		return new AnswerDeadline(this.officialDueDate, this.duePeriod, this.countFrom, deadline.dueDate(),
				deadline.explanation(), provisional ? deadline.dueDate() : this.provisionalDueDate, this.extensions,
				this.pauses);
	}

	AnswerDeadline extended(Extension extension) {
		return new AnswerDeadline(this.officialDueDate, this.duePeriod, this.countFrom, this.dueDate,
				this.dueDateExplanation, this.provisionalDueDate,
				Stream.concat(this.extensions.stream(), Stream.of(extension)).toList(), this.pauses);
	}

	AnswerDeadline pausedFrom(LocalDate day, String reason) {
		return withPauses(Stream.concat(this.pauses.stream(), Stream.of(new Pause(day, null, reason))).toList());
	}

	/** Closes the open pause the day before; a pause opened today leaves no trace. */
	AnswerDeadline resumedOn(LocalDate today) {
		Pause paused = this.pauses.get(this.pauses.size() - 1);
		Stream<Pause> before = this.pauses.stream().limit(this.pauses.size() - 1);
		return withPauses(paused.from().isBefore(today)
				? Stream.concat(before, Stream.of(new Pause(paused.from(), today.minusDays(1), paused.reason())))
					.toList()
				: before.toList());
	}

	/**
	 * Puts it to the agency again: counted from today, without the old extensions and
	 * pauses; a period the official gave still applies unless a new date is set.
	 */
	AnswerDeadline reopened(LocalDate today, LocalDate officialDueDate) {
		return new AnswerDeadline(officialDueDate, (officialDueDate != null) ? null : this.duePeriod, today,
				this.dueDate, this.dueDateExplanation, null, List.of(), List.of());
	}

	/** Whether the deadline clock is stopped. */
	boolean paused() {
		return !this.pauses.isEmpty() && this.pauses.get(this.pauses.size() - 1).to() == null;
	}

	private AnswerDeadline withPauses(List<Pause> pauses) {
		return new AnswerDeadline(this.officialDueDate, this.duePeriod, this.countFrom, this.dueDate,
				this.dueDateExplanation, this.provisionalDueDate, this.extensions, pauses);
	}

}
