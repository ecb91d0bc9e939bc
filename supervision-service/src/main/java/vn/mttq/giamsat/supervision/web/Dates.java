package vn.mttq.giamsat.supervision.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates as people in Vietnam read and live them.
 */
public final class Dates {

	/** Dates in this system are Vietnamese calendar days. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Dates() {
	}

	/**
	 * A date as a text shows it.
	 * @param date the date, or {@code null}
	 * @return it as dd/MM/yyyy, or an empty text
	 */
	public static String shown(LocalDate date) {
		return (date != null) ? SHOWN.format(date) : "";
	}

}
