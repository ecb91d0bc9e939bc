package vn.mttq.giamsat.recommendation.tracking;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reminders and escalations happen, and how often the scheduler looks.
 *
 * @param reminderDaysBefore reminder points in calendar days before the due date
 * @param escalationDaysAfter escalation points in calendar days after the due date (an
 * item 10 days late): the first to the agency's superior, the next ones to the Front one
 * level up
 * @param schedulerInterval how often the scheduler runs a pass
 * @param lockTimeToLive how long a pass holds the lock before another instance may take
 * over (if the holder died)
 * @param schedulerEnabled {@code false} to run passes only on demand (tests that move a
 * clock)
 */
@ConfigurationProperties("giamsat.lifecycle")
public record LifecycleProperties(List<Integer> reminderDaysBefore, List<Integer> escalationDaysAfter,
		Duration schedulerInterval, Duration lockTimeToLive, Boolean schedulerEnabled) {

	public LifecycleProperties {
		reminderDaysBefore = (reminderDaysBefore != null) ? List.copyOf(reminderDaysBefore) : List.of(7, 1);
		escalationDaysAfter = (escalationDaysAfter != null) ? List.copyOf(escalationDaysAfter) : List.of(10, 30);
		schedulerInterval = (schedulerInterval != null) ? schedulerInterval : Duration.ofMinutes(1);
		lockTimeToLive = (lockTimeToLive != null) ? lockTimeToLive : Duration.ofMinutes(5);
		schedulerEnabled = (schedulerEnabled != null) ? schedulerEnabled : Boolean.TRUE;
		if (reminderDaysBefore.stream().anyMatch((days) -> days < 1)
				|| escalationDaysAfter.stream().anyMatch((days) -> days < 1)) {
			throw new IllegalArgumentException("giamsat.lifecycle: reminder and escalation days must be 1 or more");
		}
	}

	SchedulePolicy policy() {
		return new SchedulePolicy(this.reminderDaysBefore, this.escalationDaysAfter);
	}

}
