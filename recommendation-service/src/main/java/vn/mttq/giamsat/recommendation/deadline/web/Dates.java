package vn.mttq.giamsat.recommendation.deadline.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates as people read them in a refusal: dd/MM/yyyy.
 */
final class Dates {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Dates() {
	}

	static String shown(LocalDate date) {
		return SHOWN.format(date);
	}

}
