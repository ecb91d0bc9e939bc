package vn.mttq.giamsat.console.monitor;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Figures as the monitor's pages show them, in the page's language: counts, percentages
 * with one decimal ({@code 66,7 %} in Vietnamese, {@code 66.7%} in English) and days; a
 * figure the service withholds is a dash. The monitor's templates reach it as
 * {@code figures} ({@link MonitorModel}).
 */
public final class MonitorFigures {

	/** What a withheld or missing figure shows. */
	public static final String NONE = "—";

	static final MonitorFigures INSTANCE = new MonitorFigures();

	public String count(Number value) {
		return (value != null) ? format(value, "#,##0") : NONE;
	}

	public String rate(Number value) {
		if (value == null) {
			return NONE;
		}
		String number = format(value, "0.0");
		return isVietnamese() ? number + " %" : number + "%";
	}

	public String days(Number value) {
		return (value != null) ? format(value, "0.#") : NONE;
	}

	private static String format(Number value, String pattern) {
		Locale locale = LocaleContextHolder.getLocale();
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(isVietnamese() ? locale : Locale.ENGLISH);
		if (isVietnamese()) {
			symbols.setDecimalSeparator(',');
			symbols.setGroupingSeparator('.');
		}
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		return format.format((value instanceof BigDecimal decimal) ? decimal : value.doubleValue());
	}

	private static boolean isVietnamese() {
		return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
