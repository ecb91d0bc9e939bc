package vn.mttq.giamsat.console.front.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.mttq.giamsat.console.front.letter.Letter;
import vn.mttq.giamsat.console.service.Section;

/**
 * An activity's page: its facts, each date with the NQLT 403 warnings about it beside it,
 * the warnings about nothing dated, and its letters.
 *
 * @param activity the activity
 * @param dates its dates, each with its warnings
 * @param otherWarnings the warnings about no date shown
 * @param letters its letters, unless supervision-service could not list them
 */
record ActivityPage(Activity activity, List<DateRow> dates, List<Activity.Warning> otherWarnings,
		Section<List<Letter>> letters) {

	static ActivityPage of(Activity activity, Section<List<Letter>> letters) {
		Activity.Delegation delegation = activity.delegation();
		Map<String, LocalDate> dates = new LinkedHashMap<>();
		dates.put("startDate", activity.startDate());
		dates.put("endDate", activity.endDate());
		dates.put("delegation.decisionDate", (delegation != null) ? delegation.decisionDate() : null);
		dates.put("delegation.noticeDate", (delegation != null) ? delegation.noticeDate() : null);
		dates.put("delegation.subjectReportDate", (delegation != null) ? delegation.subjectReportDate() : null);
		dates.put("delegation.resultReportDate", (delegation != null) ? delegation.resultReportDate() : null);
		List<DateRow> rows = new ArrayList<>();
		dates.forEach((field, date) -> {
			List<Activity.Warning> warnings = activity.warnings()
				.stream()
				.filter((warning) -> field.equals(warning.field()))
				.toList();
			if (date != null || !warnings.isEmpty()) {
				rows.add(new DateRow(field, date, warnings));
			}
		});
		List<Activity.Warning> others = activity.warnings()
			.stream()
			.filter((warning) -> !dates.containsKey(warning.field()))
			.toList();
		return new ActivityPage(activity, rows, others, letters);
	}

	/**
	 * One date of the activity.
	 *
	 * @param field its name, e.g. {@code delegation.noticeDate} (its label is
	 * {@code front.activity.date.<field>})
	 * @param date the date, null when not recorded yet
	 * @param warnings what NQLT 403 finds wrong with it
	 */
	record DateRow(String field, LocalDate date, List<Activity.Warning> warnings) {

		/** An id for the page, without the dot. */
		public String anchor() {
			return "date-" + this.field.replace('.', '-');
		}

	}

}
