package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * How a due date was computed, for people to read and check.
 *
 * @param ruleId the rule applied, {@code official} for a date the issuing official set,
 * {@code official-period} for a period the official gave, or {@code null} when none
 * applies
 * @param ruleName the rule's name
 * @param ruleNameEn the rule's name in English
 * @param legalSource the legal basis of the rule
 * @param legalSourceEn the legal basis in English
 * @param counting how days were counted (also for extensions and pauses)
 * @param days the number of days of the rule; 0 for an official date
 * @param startsFrom the event the rule counts from
 * @param start the date the count started from (the day itself not counted)
 * @param provisional whether the start event has not happened yet and an earlier date
 * stood in for it; the caller recomputes when the event arrives
 * @param skipped the days off that were not counted or that the due date was moved over
 * @param adjustments extensions, pauses and moves off a day off, in the order applied
 * @param adjustmentsEn the same in English
 * @param calendarVersion the version of the working calendar used
 * @param textVi the explanation in Vietnamese, dates as dd/MM/yyyy
 * @param textEn the explanation in English
 */
public record DeadlineExplanation(String ruleId, String ruleName, String ruleNameEn, String legalSource,
		String legalSourceEn, DayCounting counting, int days, DeadlineStart startsFrom, LocalDate start,
		boolean provisional, List<SkippedDay> skipped, List<String> adjustments, List<String> adjustmentsEn,
		String calendarVersion, String textVi, String textEn) {

	public DeadlineExplanation {
		skipped = (skipped != null) ? List.copyOf(skipped) : List.of();
		adjustments = (adjustments != null) ? List.copyOf(adjustments) : List.of();
		adjustmentsEn = (adjustmentsEn != null) ? List.copyOf(adjustmentsEn) : List.of();
	}

}
