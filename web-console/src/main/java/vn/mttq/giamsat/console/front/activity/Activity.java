package vn.mttq.giamsat.console.front.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity as supervision-service shows it, with the NQLT 403 time limits it breaks.
 *
 * @param id its id
 * @param title its title
 * @param kind SUPERVISION, SOCIAL_CRITICISM, OPINION_CONTRIBUTION or DIALOGUE_CONFERENCE
 * @param form the form of a supervision
 * @param level its level
 * @param status its status
 * @param startDate when it starts
 * @param endDate when it ends
 * @param supervisingBodyId the Front body that leads it
 * @param supervisedAgencyIds the agencies it supervises
 * @param delegation a delegation's steps, if any
 * @param warnings the legal checks it fails
 */
public record Activity(String id, String title, String kind, String form, String level, String status,
		LocalDate startDate, LocalDate endDate, String supervisingBodyId, List<String> supervisedAgencyIds,
		Delegation delegation, List<Warning> warnings) {

	public Activity {
		supervisedAgencyIds = (supervisedAgencyIds != null) ? List.copyOf(supervisedAgencyIds) : List.of();
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	/**
	 * A delegation's dated steps.
	 *
	 * @param decisionDate the decision setting it up
	 * @param noticeDate the notice to the supervised agency
	 * @param subjectReportDate the agency's report
	 * @param resultReportDate the report of the result
	 */
	public record Delegation(LocalDate decisionDate, LocalDate noticeDate, LocalDate subjectReportDate,
			LocalDate resultReportDate) {

	}

	/**
	 * A legal check the activity fails.
	 *
	 * @param code its code, e.g. NOTICE_TOO_LATE
	 * @param field the date concerned, e.g. {@code delegation.noticeDate}
	 * @param message what is wrong, as the service says it
	 * @param legalBasis the provision, e.g. NQLT 403/2017, Điều 7.3
	 */
	public record Warning(String code, String field, String message, String legalBasis) {

	}

}
