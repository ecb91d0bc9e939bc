package vn.mttq.giamsat.recommendation.statistics.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * The months of issue a report covers, both included. Statistics are kept by month, so a
 * date stands for its whole month.
 *
 * @param from the first month
 * @param to the last month
 */
public record Period(YearMonth from, YearMonth to) {

	/** When no period is given: the twelve months up to the current one. */
	static final int DEFAULT_MONTHS = 12;

	/**
	 * Reads the period a client asked for.
	 * @param from {@code yyyy-MM} or {@code yyyy-MM-dd}, or {@code null} for eleven
	 * months before {@code to}
	 * @param to {@code yyyy-MM} or {@code yyyy-MM-dd}, or {@code null} for the current
	 * month
	 * @param today today in Vietnam time
	 * @param maxMonths the longest period allowed
	 * @return the period
	 * @throws BusinessRuleException naming the parameter when a bound is not a real month
	 * or date, when {@code from} is after {@code to}, or when the period is too long
	 */
	static Period parse(String from, String to, LocalDate today, int maxMonths) {
		YearMonth last = (to != null && !to.isBlank()) ? month("to", to) : YearMonth.from(today);
		YearMonth first = (from != null && !from.isBlank()) ? month("from", from)
				: last.minusMonths(DEFAULT_MONTHS - 1);
		if (first.isAfter(last)) {
			throw new BusinessRuleException("from", Phrase.of("statistics.from-after-to",
					"''from'' ({0}) must not be after ''to'' ({1})", first.toString(), last.toString()));
		}
		long months = ChronoUnit.MONTHS.between(first, last) + 1;
		if (months > maxMonths) {
			throw new BusinessRuleException("to",
					Phrase.of("statistics.period-too-long",
							"The period covers {0} months; at most {1} may be asked for at once",
							String.valueOf(months), String.valueOf(maxMonths)));
		}
		return new Period(first, last);
	}

	private static YearMonth month(String name, String value) {
		try {
			return (value.length() == 7) ? YearMonth.parse(value) : YearMonth.from(LocalDate.parse(value));
		}
		catch (DateTimeParseException ex) {
			throw new BusinessRuleException(name, Phrase.of("statistics.not-a-month",
					"''{0}'' is not a month (yyyy-MM) or a date (yyyy-MM-dd) of the calendar", value));
		}
	}

}
