package vn.mttq.giamsat.console.monitor;

import java.math.BigDecimal;

/**
 * One row of recommendation-service's agency statistics, as it answers it: the items
 * addressed to one agency by bodies of one level, issued in the period, as they stand
 * today; the total row has neither agency nor level. When the row is {@code suppressed}
 * (fewer items than the service's minimum) only {@code issued} is given. Rates are
 * percentages with one decimal.
 *
 * @param agencyId the addressee agency, null on the total
 * @param level the issuing bodies' level (CENTRAL, PROVINCE, DISTRICT, COMMUNE, UNKNOWN),
 * null on the total
 * @param suppressed fewer items than the minimum: only {@code issued} is given
 * @param issued items issued, withdrawn ones included
 * @param withdrawn items withdrawn
 * @param inForce items issued and not withdrawn
 * @param answered answered items
 * @param answeredOnTime answered on or before the due date
 * @param answeredLate answered after the due date
 * @param unansweredLate items left unanswered past their due date
 * @param medianDaysToAnswer median calendar days to the answer
 * @param medianNote why there is no median (NOT_REACHED, NO_ITEMS)
 * @param open items not closed
 * @param overdue open, unanswered items past their due date
 * @param resolved items closed as resolved
 * @param unresolved items closed as unresolved
 * @param agreed items closed on the Front's agreement with the explanation
 * @param escalated items escalated at least once
 * @param answerRate answered ÷ in force, in percent
 * @param onTimeRate answered on time ÷ (answered + unanswered late), in percent
 * @param resolutionRate resolved ÷ in force, in percent
 */
public record AgencyFigures(String agencyId, String level, boolean suppressed, long issued, Long withdrawn,
		Long inForce, Long answered, Long answeredOnTime, Long answeredLate, Long unansweredLate,
		BigDecimal medianDaysToAnswer, String medianNote, Long open, Long overdue, Long resolved, Long unresolved,
		Long agreed, Long escalated, BigDecimal answerRate, BigDecimal onTimeRate, BigDecimal resolutionRate) {

	/** No items at all: what a month without a total shows. */
	static AgencyFigures none() {
		return new AgencyFigures(null, null, true, 0, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null);
	}

	/** The open items, none when the row is suppressed. */
	long openOrZero() {
		return (this.open != null) ? this.open : 0;
	}

	/** The overdue items, none when the row is suppressed. */
	long overdueOrZero() {
		return (this.overdue != null) ? this.overdue : 0;
	}

}
