package vn.mttq.giamsat.recommendation.deadline.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
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
		@Parameter(description = "The kind of letter: RECOMMENDATION (kiến nghị), "
				+ "SOCIAL_CRITICISM (phản biện) or OPINION (góp ý); absent: unknown") @Pattern(
						regexp = "RECOMMENDATION|SOCIAL_CRITICISM|OPINION",
						message = "{giamsat.deadline.letter-kind}") String letterKind,
		@Parameter(description = "The type of item: REMEDY_VIOLATION, AMEND_POLICY, CONSIDER_RESPONSIBILITY or "
				+ "OTHER; absent: unknown") @Pattern(
						regexp = "REMEDY_VIOLATION|AMEND_POLICY|CONSIDER_RESPONSIBILITY|OTHER",
						message = "{giamsat.deadline.item-type}") String itemType,
		@Parameter(description = "The kind of activity the letter concludes: SUPERVISION, SOCIAL_CRITICISM, "
				+ "OPINION_CONTRIBUTION or DIALOGUE_CONFERENCE; absent: unknown") @Pattern(
						regexp = "SUPERVISION|SOCIAL_CRITICISM|OPINION_CONTRIBUTION|DIALOGUE_CONFERENCE",
						message = "{giamsat.deadline.activity-kind}") String activityKind,
		@Parameter(description = "The form of the supervision: DOCUMENT_REVIEW, DELEGATION, "
				+ "PEOPLES_INSPECTION_BOARD, COMMUNITY_INVESTMENT_BOARD or JOINT_SUPERVISION (the two boards' items "
				+ "have 15 days by law); absent: unknown") @Pattern(
						regexp = "DOCUMENT_REVIEW|DELEGATION|PEOPLES_INSPECTION_BOARD|COMMUNITY_INVESTMENT_BOARD"
								+ "|JOINT_SUPERVISION",
						message = "{giamsat.deadline.supervision-form}") String supervisionForm,
		@Parameter(description = "The issuing Front body's level: CENTRAL, PROVINCE, DISTRICT or COMMUNE; "
				+ "absent: unknown") @Pattern(regexp = "CENTRAL|PROVINCE|DISTRICT|COMMUNE",
						message = "{giamsat.deadline.level}") String level,
		@Parameter(description = "The date printed on the letter, yyyy-MM-dd, in 2021–2100; required",
				required = true) @NotNull(message = "{giamsat.deadline.issued-on.required}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
		@Parameter(description = "The day the agency received the letter, yyyy-MM-dd, not before issuedOn; absent: "
				+ "not known yet, so a rule that counts from receipt counts from issuedOn and the date is "
				+ "provisional") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
		@Parameter(description = "A period the issuing official gave instead of the rules, 1 to 365 days; "
				+ "only with counting") @Min(value = 1, message = "{giamsat.deadline.days.range}") @Max(
						value = DuePeriod.MAX_DAYS, message = "{giamsat.deadline.days.range}") Integer days,
		@Parameter(description = "How that period is counted: CALENDAR_DAYS or WORKING_DAYS; only with "
				+ "days") DayCounting counting) {

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
