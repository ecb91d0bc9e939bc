package vn.mttq.giamsat.supervision.activity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.supervision.web.FieldProblem;

/**
 * The rules of a delegation's steps: dates that cannot be (a report on a session before
 * it) are errors; the time limits of NQLT 403 are warnings on the activity, because a
 * late step is still a fact the official must be able to record.
 */
final class DelegationChecks {

	/** NQLT 403 Art. 7.3: the notice at least 15 days before the working session. */
	static final int NOTICE_DAYS = 15;

	/** NQLT 403 Art. 7.3: the supervised body's report at least 7 days before. */
	static final int REPORT_DAYS = 7;

	/** NQLT 403 Art. 9.1: the result report within 15 days after the session. */
	static final int RESULT_REPORT_DAYS = 15;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String ART_7_3 = "NQLT 403/2017, Điều 7.3";

	private static final String ART_9_1 = "NQLT 403/2017, Điều 9.1";

	private DelegationChecks() {
	}

	static List<FieldProblem> errors(DelegationSteps steps, LocalDate startDate) {
		List<FieldProblem> errors = new ArrayList<>();
		LocalDate decision = steps.decisionDate();
		if (decision != null && decision.isBefore(startDate.minusYears(1))) {
			errors.add(FieldProblem.of("delegation.decisionDate", "delegation.decision-too-early",
					"The decision is more than a year before the activity starts ({0})", Dates.shown(startDate)));
		}
		if (decision != null && steps.noticeDate() != null && steps.noticeDate().isBefore(decision)) {
			errors.add(FieldProblem.of("delegation.noticeDate", "delegation.notice-before-decision",
					"The notice cannot precede the decision ({0}) that establishes the delegation",
					Dates.shown(decision)));
		}
		for (int i = 0; i < steps.sessionDates().size(); i++) {
			if (decision != null && steps.sessionDates().get(i).isBefore(decision)) {
				errors.add(FieldProblem.of("delegation.sessionDates[" + i + "]", "delegation.session-before-decision",
						"A working session cannot precede the decision ({0})", Dates.shown(decision)));
			}
		}
		if (steps.resultReportDate() != null) {
			if (steps.lastSession() == null) {
				errors.add(FieldProblem.of("delegation.resultReportDate", "delegation.report-without-session",
						"A result report needs the working sessions it reports on"));
			}
			else if (steps.resultReportDate().isBefore(steps.lastSession())) {
				errors.add(FieldProblem.of("delegation.resultReportDate", "delegation.report-before-session",
						"The result report cannot precede the last working session ({0})",
						Dates.shown(steps.lastSession())));
			}
		}
		return errors;
	}

	static List<ActivityWarning> warnings(DelegationSteps steps, LocalDate today) {
		List<ActivityWarning> warnings = new ArrayList<>();
		LocalDate first = steps.firstSession();
		LocalDate last = steps.lastSession();
		if (first != null) {
			beforeSession(warnings, steps.noticeDate(), first, today, NOTICE_DAYS, "NOTICE", "delegation.noticeDate",
					"Thông báo kế hoạch giám sát cho đối tượng giám sát");
			beforeSession(warnings, steps.subjectReportDate(), first, today, REPORT_DAYS, "SUBJECT_REPORT",
					"delegation.subjectReportDate", "Báo cáo của đối tượng giám sát");
		}
		if (last != null) {
			LocalDate limit = last.plusDays(RESULT_REPORT_DAYS);
			LocalDate report = steps.resultReportDate();
			if (report != null && report.isAfter(limit)) {
				warnings.add(new ActivityWarning("RESULT_REPORT_TOO_LATE", "delegation.resultReportDate",
						"Báo cáo kết quả giám sát ngày " + DATE.format(report) + ", "
								+ ChronoUnit.DAYS.between(last, report) + " ngày sau buổi làm việc cuối ("
								+ DATE.format(last) + "); phải trong vòng " + RESULT_REPORT_DAYS + " ngày (hạn "
								+ DATE.format(limit) + ").",
						ART_9_1));
			}
			else if (report == null && today.isAfter(limit)) {
				warnings.add(new ActivityWarning("RESULT_REPORT_OVERDUE", "delegation.resultReportDate",
						"Chưa có báo cáo kết quả giám sát; hạn là " + DATE.format(limit) + " (" + RESULT_REPORT_DAYS
								+ " ngày sau buổi làm việc cuối " + DATE.format(last) + ").",
						ART_9_1));
			}
		}
		return warnings;
	}

	private static void beforeSession(List<ActivityWarning> warnings, LocalDate step, LocalDate session,
			LocalDate today, int days, String code, String field, String what) {
		LocalDate limit = session.minusDays(days);
		if (step != null && step.isAfter(limit)) {
			long before = ChronoUnit.DAYS.between(step, session);
			String when = (before >= 0) ? "chỉ " + before + " ngày trước" : (-before) + " ngày sau";
			warnings.add(new ActivityWarning(code + "_TOO_LATE", field,
					what + " ngày " + DATE.format(step) + ", " + when + " buổi làm việc ngày " + DATE.format(session)
							+ "; phải ít nhất " + days + " ngày trước (chậm nhất " + DATE.format(limit) + ").",
					ART_7_3));
		}
		else if (step == null && today.isAfter(limit)) {
			warnings.add(new ActivityWarning(code + "_MISSING", field, what + " chưa được ghi nhận; hạn là "
					+ DATE.format(limit) + ", " + days + " ngày trước buổi làm việc ngày " + DATE.format(session) + ".",
					ART_7_3));
		}
	}

}
