package vn.mttq.giamsat.notification.message;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The languages messages are written in; Vietnamese unless an organisation chose English.
 * Dates are written dd/MM/yyyy in both, as on the letters.
 */
public enum Language {

	/** Tiếng Việt, the default. */
	VI(Locale.forLanguageTag("vi-VN"), DateTimeFormatter.ofPattern("dd/MM/yyyy")),

	/** English. */
	EN(Locale.ENGLISH, DateTimeFormatter.ofPattern("dd/MM/yyyy"));

	private final Locale locale;

	private final DateTimeFormatter dates;

	Language(Locale locale, DateTimeFormatter dates) {
		this.locale = locale;
		this.dates = dates;
	}

	public Locale locale() {
		return this.locale;
	}

	public DateTimeFormatter dates() {
		return this.dates;
	}

}
