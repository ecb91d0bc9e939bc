package vn.mttq.giamsat.supervision.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * A delegation's steps as stored, with the NQLT 403 time limits they break.
 *
 * @param decisionNumber the decision establishing the delegation
 * @param decisionDate its date
 * @param headName the head of the delegation
 * @param memberNames its members
 * @param noticeDate when the supervised body was notified
 * @param subjectReportDate when its report was received
 * @param sessionDates the working sessions, in order
 * @param resultReportDate the date of the result report
 * @param warnings the time limits broken
 */
record DelegationView(String decisionNumber, LocalDate decisionDate, String headName, List<String> memberNames,
		LocalDate noticeDate, LocalDate subjectReportDate, List<LocalDate> sessionDates, LocalDate resultReportDate,
		List<ActivityWarning> warnings) {

	static DelegationView of(DelegationSteps steps, List<ActivityWarning> warnings) {
		return new DelegationView(steps.decisionNumber(), steps.decisionDate(), steps.headName(), steps.memberNames(),
				steps.noticeDate(), steps.subjectReportDate(), steps.sessionDates(), steps.resultReportDate(),
				warnings);
	}

}
