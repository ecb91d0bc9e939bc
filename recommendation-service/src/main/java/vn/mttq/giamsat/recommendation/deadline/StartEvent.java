package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;

/**
 * The date a count starts from: the rule's event if it has happened, otherwise the latest
 * earlier event that has (acknowledgement falls back to delivery, then issue), which
 * gives the earlier, safe due date until the event arrives.
 *
 * @param wanted the event the rule counts from
 * @param used the event whose date is used
 * @param date the date used
 */
record StartEvent(DeadlineStart wanted, DeadlineStart used, LocalDate date) {

	static StartEvent of(DeadlineStart wanted, DeadlineInput input) {
		if (wanted == DeadlineStart.ACKNOWLEDGEMENT && input.acknowledgedOn() != null) {
			return new StartEvent(wanted, wanted, input.acknowledgedOn());
		}
		if (wanted != DeadlineStart.ISSUE && input.deliveredOn() != null) {
			return new StartEvent(wanted, DeadlineStart.DELIVERY, input.deliveredOn());
		}
		return new StartEvent(wanted, DeadlineStart.ISSUE, input.issuedOn());
	}

	boolean provisional() {
		return this.used != this.wanted;
	}

}
