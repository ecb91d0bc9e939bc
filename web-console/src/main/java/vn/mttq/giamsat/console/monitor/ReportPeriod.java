package vn.mttq.giamsat.console.monitor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The months of issue a page reports on, both included.
 *
 * @param from the first month
 * @param to the last month
 */
public record ReportPeriod(YearMonth from, YearMonth to) {

	/** The longest period the pages draw month by month. */
	static final int MAX_MONTHS = 24;

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM/yyyy");

	/** The twelve months up to this one, as recommendation-service counts by default. */
	static ReportPeriod lastTwelveMonths(YearMonth thisMonth) {
		return new ReportPeriod(thisMonth.minusMonths(11), thisMonth);
	}

	/** One month alone. */
	static ReportPeriod of(YearMonth month) {
		return new ReportPeriod(month, month);
	}

	/** Each month of the period, in order. */
	List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = this.from; !month.isAfter(this.to); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	long length() {
		return ChronoUnit.MONTHS.between(this.from, this.to) + 1;
	}

	/** The first month as shown, MM/yyyy. */
	public String fromLabel() {
		return this.from.format(LABEL);
	}

	/** The last month as shown, MM/yyyy. */
	public String toLabel() {
		return this.to.format(LABEL);
	}

	LocalDate firstDay() {
		return this.from.atDay(1);
	}

	LocalDate lastDay() {
		return this.to.atEndOfMonth();
	}

}
