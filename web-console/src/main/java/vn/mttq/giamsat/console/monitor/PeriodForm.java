package vn.mttq.giamsat.console.monitor;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The period selector as typed (a plain GET form): a year, or a first and last month
 * ({@code yyyy-MM}, as {@code <input type="month">} sends it); the year wins when both
 * are given, and nothing means the last twelve months.
 *
 * @param year a year, e.g. 2026
 * @param from the first month, e.g. 2026-01
 * @param to the last month, e.g. 2026-06
 */
public record PeriodForm(String year, String from, String to) {

	private static final int FIRST_YEAR = 2000;

	static PeriodForm empty() {
		return new PeriodForm(null, null, null);
	}

	/**
	 * The period asked for, or what is wrong with the form.
	 * @param thisMonth the current month in Vietnam
	 * @return the period, or the field and the message key of its problem
	 */
	Checked check(YearMonth thisMonth) {
		if (filled(this.year)) {
			if (!this.year.strip().matches("\\d{4}")) {
				return Checked.refused("year", "monitor.period.invalidYear");
			}
			int asked = Integer.parseInt(this.year.strip());
			if (asked < FIRST_YEAR || asked > thisMonth.getYear()) {
				return Checked.refused("year", "monitor.period.invalidYear");
			}
			YearMonth december = YearMonth.of(asked, 12);
			return Checked
				.of(new ReportPeriod(YearMonth.of(asked, 1), december.isAfter(thisMonth) ? thisMonth : december));
		}
		YearMonth last;
		YearMonth first;
		try {
			last = filled(this.to) ? YearMonth.parse(this.to.strip()) : thisMonth;
		}
		catch (DateTimeParseException ex) {
			return Checked.refused("to", "monitor.period.invalidMonth");
		}
		try {
			first = filled(this.from) ? YearMonth.parse(this.from.strip()) : last.minusMonths(11);
		}
		catch (DateTimeParseException ex) {
			return Checked.refused("from", "monitor.period.invalidMonth");
		}
		if (first.isAfter(last)) {
			return Checked.refused("from", "monitor.period.fromAfterTo");
		}
		ReportPeriod period = new ReportPeriod(first, last);
		if (period.length() > ReportPeriod.MAX_MONTHS) {
			return Checked.refused("from", "monitor.period.tooLong");
		}
		return Checked.of(period);
	}

	private static boolean filled(String value) {
		return value != null && !value.isBlank();
	}

	/**
	 * The form checked: the period, or the field at fault and the message key saying why.
	 *
	 * @param period the period, null when refused
	 * @param field the field at fault
	 * @param messageKey what is wrong with it
	 */
	record Checked(ReportPeriod period, String field, String messageKey) {

		static Checked of(ReportPeriod period) {
			return new Checked(period, null, null);
		}

		static Checked refused(String field, String messageKey) {
			return new Checked(null, field, messageKey);
		}

	}

}
