package vn.mttq.giamsat.supervision.activity;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.mttq.giamsat.support.text.SingleLine;

/**
 * Các bước giám sát qua đoàn (NQLT 403 Arts 6–9): the dates of a delegation's steps, as
 * far as they are known or planned.
 *
 * @param decisionNumber the number of the decision establishing the delegation
 * @param decisionDate the date of that decision
 * @param headName the head of the delegation (trưởng đoàn)
 * @param memberNames its members, including invited agencies
 * @param noticeDate when the plan, decision and report request were sent to the
 * supervised body
 * @param subjectReportDate when the supervised body's report was received
 * @param sessionDates the working sessions with the supervised body
 * @param resultReportDate the date of the head's result report
 */
public record DelegationSteps(@Size(max = 100) @SingleLine String decisionNumber, LocalDate decisionDate,
		@Size(max = 200) @SingleLine String headName,
		@Size(max = 50) List<@NotBlank @SingleLine @Size(max = 200) String> memberNames, LocalDate noticeDate,
		LocalDate subjectReportDate, @Size(max = 50) List<@NotNull LocalDate> sessionDates,
		LocalDate resultReportDate) {

	public DelegationSteps {
		memberNames = (memberNames != null) ? List.copyOf(memberNames) : List.of();
		sessionDates = (sessionDates != null) ? sessionDates.stream().sorted().toList() : List.of();
	}

	LocalDate firstSession() {
		return this.sessionDates.isEmpty() ? null : this.sessionDates.get(0);
	}

	LocalDate lastSession() {
		return this.sessionDates.isEmpty() ? null : this.sessionDates.get(this.sessionDates.size() - 1);
	}

}
