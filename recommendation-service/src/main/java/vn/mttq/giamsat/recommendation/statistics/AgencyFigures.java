package vn.mttq.giamsat.recommendation.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the agency statistics: the recommendations addressed to one agency by bodies
 * of one level and issued in the period, as they stand today. Every figure but
 * {@code issued} is {@code null} when the row is {@code suppressed}. Rates are
 * percentages with one decimal.
 *
 * @param agencyId the addressee agency; {@code null} on the total row
 * @param level the issuing bodies' level; {@code null} on the total row
 * @param rank the place in the requested order (ties share a place), {@code null} when
 * the rows are listed by agency or the row is not ranked (suppressed, or no value)
 * @param suppressed fewer issued items than the minimum: only {@code issued} is shown
 * @param issued items issued in the period, withdrawn ones included
 * @param withdrawn items withdrawn, shown beside {@code issued}; left out of every other
 * figure
 * @param inForce items issued and not withdrawn ({@code issued − withdrawn}), the figure
 * the rates are about
 * @param answered items the agency answered (accepted, explained or asked for review)
 * @param answeredOnTime answered on or before the due date, or answered when there is no
 * due date
 * @param answeredLate answered after the due date
 * @param unansweredLate items without an answer once their due date had passed: open and
 * overdue today, or closed after the due date without an answer
 * @param medianDaysToAnswer median calendar days from the letter's date to the answer, an
 * unanswered item counting as "not yet" (above every answered value)
 * @param medianNote why there is no median: {@code NOT_REACHED} when half of the items or
 * more have no answer yet, {@code NO_ITEMS} when nothing is counted
 * @param open items not closed
 * @param overdue open items without an answer whose due date is before today (Vietnam
 * time)
 * @param resolved items closed as resolved
 * @param unresolved items closed as unresolved
 * @param agreed items closed because the Front agreed with the agency's explanation
 * @param escalated items escalated at least once
 * @param answerRate answered ÷ inForce
 * @param onTimeRate answered on time ÷ (answered + unanswered late); items not yet due
 * and not answered are not decided yet and count in neither
 * @param resolutionRate resolved ÷ inForce
 */
public record AgencyFigures(String agencyId, IssuingLevel level, Integer rank, boolean suppressed, long issued,
		Long withdrawn, Long inForce, Long answered, Long answeredOnTime, Long answeredLate, Long unansweredLate,
		BigDecimal medianDaysToAnswer, String medianNote, Long open, Long overdue, Long resolved, Long unresolved,
		Long agreed, Long escalated, BigDecimal answerRate, BigDecimal onTimeRate, BigDecimal resolutionRate) {

	/**
	 * The figures of a group of items.
	 * @param agencyId the agency, {@code null} for the total
	 * @param level the level, {@code null} for the total
	 * @param tally the group's counters
	 * @param today today in Vietnam time
	 * @param minimumItems rows with fewer issued items are suppressed
	 * @return the row, not ranked
	 */
	public static AgencyFigures of(String agencyId, IssuingLevel level, Tally tally, LocalDate today,
			int minimumItems) {
		if (tally.issued() < minimumItems) {
			return new AgencyFigures(agencyId, level, null, true, tally.issued(), null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, null, null);
		}
		// Overdue walks the due dates once per row; unanswered late is built on it.
		long overdue = tally.overdue(today);
		long unansweredLate = tally.unansweredLate(overdue);
		Tally.Median median = tally.median();
		return new AgencyFigures(agencyId, level, null, false, tally.issued(), tally.withdrawn(), tally.counted(),
				tally.answered(), tally.answeredOnTime(), tally.answered() - tally.answeredOnTime(), unansweredLate,
				median.days(), median.note(), tally.open(), overdue, tally.resolved(), tally.unresolved(),
				tally.agreed(), tally.escalated(), Tally.percent(tally.answered(), tally.counted()),
				Tally.percent(tally.answeredOnTime(), tally.answered() + unansweredLate),
				Tally.percent(tally.resolved(), tally.counted()));
	}

	public AgencyFigures ranked(Integer place) {
		return new AgencyFigures(this.agencyId, this.level, place, this.suppressed, this.issued, this.withdrawn,
				this.inForce, this.answered, this.answeredOnTime, this.answeredLate, this.unansweredLate,
				this.medianDaysToAnswer, this.medianNote, this.open, this.overdue, this.resolved, this.unresolved,
				this.agreed, this.escalated, this.answerRate, this.onTimeRate, this.resolutionRate);
	}

}
