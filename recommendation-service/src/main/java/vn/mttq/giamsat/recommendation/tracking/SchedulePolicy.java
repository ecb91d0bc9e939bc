package vn.mttq.giamsat.recommendation.tracking;

import java.util.Comparator;
import java.util.List;

/**
 * When the scheduler reminds and escalates.
 *
 * @param reminderDaysBefore reminder points, in calendar days before the due date
 * @param escalationDaysAfter escalation points, in calendar days after the due date; the
 * first goes to the agency's superior, later ones to the Front one level up
 */
public record SchedulePolicy(List<Integer> reminderDaysBefore, List<Integer> escalationDaysAfter) {

	public SchedulePolicy {
		reminderDaysBefore = reminderDaysBefore.stream().distinct().sorted(Comparator.reverseOrder()).toList();
		escalationDaysAfter = escalationDaysAfter.stream().distinct().sorted().toList();
	}

}
