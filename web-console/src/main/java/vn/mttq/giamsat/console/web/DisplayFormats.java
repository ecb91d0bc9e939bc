package vn.mttq.giamsat.console.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates as people here write them, in Asia/Ho_Chi_Minh: {@code ${@fmt.date(x)}} gives
 * 31/12/2026 and {@code ${@fmt.dateTime(x)}} 31/12/2026 14:05, for a {@link LocalDate},
 * an {@link Instant} or their ISO text; null gives an empty text. The bean is named
 * {@code fmt}.
 */
public class DisplayFormats {

	/** The zone every date and time is shown in. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	public String date(Object value) {
		LocalDate date = toDate(value);
		return (date != null) ? DATE.format(date) : "";
	}

	public String dateTime(Object value) {
		Instant instant = toInstant(value);
		return (instant != null) ? DATE_TIME.format(instant.atZone(ZONE)) : date(value);
	}

	private static LocalDate toDate(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		Instant instant = toInstant(value);
		if (instant != null) {
			return instant.atZone(ZONE).toLocalDate();
		}
		if (value instanceof CharSequence text) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return null;
	}

	private static Instant toInstant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof CharSequence text && text.length() > 10) {
			try {
				return Instant.parse(text);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return null;
	}

}
