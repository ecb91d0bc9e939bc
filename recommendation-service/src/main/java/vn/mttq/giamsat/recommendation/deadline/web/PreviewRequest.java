package vn.mttq.giamsat.recommendation.deadline.web;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

import vn.mttq.giamsat.recommendation.deadline.DayCounting;
import vn.mttq.giamsat.recommendation.deadline.DeadlineInput;
import vn.mttq.giamsat.recommendation.deadline.DeadlineSubject;
import vn.mttq.giamsat.recommendation.deadline.DuePeriod;
import vn.mttq.giamsat.recommendation.deadline.WorkingCalendar;

/**
 * What a preview asks about: the item as the rules see it, its dates, and optionally a
 * period in place of the rules. Values are those of the {@code RecommendationIssued}
 * event; an absent one is unknown.
 *
 * @param letterKind the kind of letter
 * @param itemType the type of item
 * @param activityKind the kind of activity
 * @param supervisionForm the form of the activity
 * @param level the issuing body's level
 * @param issuedOn the letter's date; required
 * @param receivedOn the day the agency received it, if known
 * @param days a period given instead of the rules, with its counting
 * @param counting how that period is counted
 */
record PreviewRequest(
		@Pattern(regexp = "RECOMMENDATION|SOCIAL_CRITICISM|OPINION",
				message = "{giamsat.deadline.letter-kind}") String letterKind,
		@Pattern(regexp = "REMEDY_VIOLATION|AMEND_POLICY|CONSIDER_RESPONSIBILITY|OTHER",
				message = "{giamsat.deadline.item-type}") String itemType,
		@Pattern(regexp = "SUPERVISION|SOCIAL_CRITICISM|OPINION_CONTRIBUTION|DIALOGUE_CONFERENCE",
				message = "{giamsat.deadline.activity-kind}") String activityKind,
		@Pattern(regexp = "DOCUMENT_REVIEW|DELEGATION|PEOPLES_INSPECTION_BOARD|COMMUNITY_INVESTMENT_BOARD"
				+ "|JOINT_SUPERVISION", message = "{giamsat.deadline.supervision-form}") String supervisionForm,
		@Pattern(regexp = "CENTRAL|PROVINCE|DISTRICT|COMMUNE", message = "{giamsat.deadline.level}") String level,
		@NotNull(message = "{giamsat.deadline.issued-on.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
		@Min(value = 1, message = "{giamsat.deadline.days.range}") @Max(value = DuePeriod.MAX_DAYS,
				message = "{giamsat.deadline.days.range}") Integer days,
		DayCounting counting) {

	/** Days and counting come together or not at all. */
	@AssertTrue(message = "{giamsat.deadline.period.incomplete}")
	boolean isPeriodWithCounting() {
		return (this.days == null) == (this.counting == null);
	}

	/** The letter's date lies in the years the calendar answers for. */
	@AssertTrue(message = "{giamsat.deadline.issued-on.range}")
	boolean isIssuedOnInCalendar() {
		return this.issuedOn == null || WorkingCalendar.covers(this.issuedOn.getYear());
	}

	/** The receipt lies in the years the calendar answers for. */
	@AssertTrue(message = "{giamsat.deadline.received-on.range}")
	boolean isReceivedOnInCalendar() {
		return this.receivedOn == null || WorkingCalendar.covers(this.receivedOn.getYear());
	}

	DeadlineInput input() {
		DeadlineSubject subject = new DeadlineSubject(this.letterKind, this.itemType, this.activityKind,
				this.supervisionForm, this.level);
		DuePeriod period = (this.days != null) ? new DuePeriod(this.days, this.counting) : null;
		return new DeadlineInput(subject, this.issuedOn, this.receivedOn, null, null, null, null, period);
	}

}
