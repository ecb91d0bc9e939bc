package vn.mttq.giamsat.recommendation.tracking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Đôn đốc: the scheduler's follow-up of an unanswered item. It answers the scheduler's
 * questions (which reminder points are reached, whether to mark it overdue, which
 * escalations are due, the next day to look) and keeps what was done; the recommendation
 * asks, then records the steps. Stored unwrapped, so its fields stay at the top of the
 * recommendation's document.
 *
 * @param overdueSince the first overdue day, if it is or was overdue
 * @param reminders the reminder points reached, sent or skipped
 * @param escalations where it was escalated, in order
 * @param nextCheckOn the next day the scheduler has something to do for it; {@code null}
 * if never
 */
public record FollowUp(LocalDate overdueSince, List<SentReminder> reminders, List<Escalation> escalations,
		LocalDate nextCheckOn) {

	public FollowUp {
		reminders = (reminders != null) ? List.copyOf(reminders) : List.of();
		escalations = (escalations != null) ? List.copyOf(escalations) : List.of();
	}

	static FollowUp none() {
		return new FollowUp(null, List.of(), List.of(), null);
	}

	/**
	 * Returns the reminder points of a due date reached by a day and not recorded yet,
	 * largest first.
	 */
	Reminders remindersReached(LocalDate today, LocalDate dueDate, SchedulePolicy policy) {
		return new Reminders(dueDate, today, policy.reminderDaysBefore()
			.stream()
			.filter((daysBefore) -> !reminded(dueDate, daysBefore) && !today.isBefore(dueDate.minusDays(daysBefore)))
			.toList());
	}

	/** Tells whether the overdue mark is due: the day after the due date, unanswered. */
	boolean marksOverdue(LocalDate today, LocalDate dueDate, RecommendationStatus status) {
		return today.isAfter(dueDate)
				&& (status == RecommendationStatus.AWAITING_RESPONSE || status == RecommendationStatus.ACKNOWLEDGED);
	}

	/**
	 * Returns the escalation steps (1, 2...) of an overdue item whose delay after the due
	 * date has passed and that were not taken for this due date.
	 */
	List<Integer> escalationsDue(LocalDate today, LocalDate dueDate, RecommendationStatus status,
			SchedulePolicy policy) {
		if (this.overdueSince == null
				|| (status != RecommendationStatus.OVERDUE && status != RecommendationStatus.ESCALATED)) {
			return List.of();
		}
		List<Integer> delays = policy.escalationDaysAfter();
		return IntStream.rangeClosed(1, delays.size())
			.filter((step) -> !today.isBefore(dueDate.plusDays(delays.get(step - 1))) && !escalated(step, dueDate))
			.boxed()
			.toList();
	}

	/**
	 * Returns the next day there is something to do for a running due date: a reminder
	 * point not reached, else the overdue mark, else an escalation not taken.
	 */
	LocalDate nextCheck(LocalDate dueDate, SchedulePolicy policy) {
		Stream<LocalDate> reminders = policy.reminderDaysBefore()
			.stream()
			.filter((daysBefore) -> !reminded(dueDate, daysBefore))
			.map((daysBefore) -> dueDate.minusDays(daysBefore));
		List<Integer> delays = policy.escalationDaysAfter();
		Stream<LocalDate> after = (this.overdueSince == null) ? Stream.of(dueDate.plusDays(1))
				: IntStream.range(0, delays.size())
					.filter((i) -> !escalated(i + 1, dueDate))
					.mapToObj((i) -> dueDate.plusDays(delays.get(i)));
		return Stream.concat(reminders, after).min(LocalDate::compareTo).orElse(null);
	}

	FollowUp reminded(Reminders reached) {
		return new FollowUp(this.overdueSince,
				Stream.concat(this.reminders.stream(), reached.recorded().stream()).toList(), this.escalations,
				this.nextCheckOn);
	}

	FollowUp overdueFrom(LocalDate day) {
		return new FollowUp(day, this.reminders, this.escalations, this.nextCheckOn);
	}

	FollowUp notOverdue() {
		return overdueFrom(null);
	}

	FollowUp escalated(Escalation escalation) {
		return new FollowUp(this.overdueSince, this.reminders,
				Stream.concat(this.escalations.stream(), Stream.of(escalation)).toList(), this.nextCheckOn);
	}

	FollowUp checkOn(LocalDate day) {
		return new FollowUp(this.overdueSince, this.reminders, this.escalations, day);
	}

	int sentReminders() {
		return (int) this.reminders.stream().filter(SentReminder::sent).count();
	}

	private boolean reminded(LocalDate dueDate, int daysBefore) {
		return this.reminders.stream().anyMatch((r) -> r.dueDate().equals(dueDate) && r.daysBefore() == daysBefore);
	}

	private boolean escalated(int step, LocalDate dueDate) {
		return this.escalations.stream().anyMatch((e) -> e.step() == step && Objects.equals(e.dueDate(), dueDate));
	}

	/**
	 * The reminder points of a due date reached on a day. Each is recorded once; only the
	 * one nearest the due date is sent, so that catching up after downtime sends no
	 * burst, and none once the due date has passed.
	 *
	 * @param dueDate the due date they belong to
	 * @param on the day they were reached
	 * @param daysBefore the points, largest first
	 */
	record Reminders(LocalDate dueDate, LocalDate on, List<Integer> daysBefore) {

		boolean sendsOne() {
			return !this.daysBefore.isEmpty() && !this.on.isAfter(this.dueDate);
		}

		long daysLeft() {
			return ChronoUnit.DAYS.between(this.on, this.dueDate);
		}

		List<SentReminder> recorded() {
			Integer nearest = this.daysBefore.isEmpty() ? null : this.daysBefore.get(this.daysBefore.size() - 1);
			return this.daysBefore.stream()
				.map((points) -> new SentReminder(this.dueDate, points, this.on,
						!this.on.isAfter(this.dueDate) && Objects.equals(points, nearest)))
				.toList();
		}

	}

}
