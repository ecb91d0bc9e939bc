package vn.mttq.giamsat.supervision.paper;

import java.time.LocalDate;

/**
 * Dates as an official document prints them (Decree 30/2020 Appendix I): a day below 10
 * and the months January and February with a leading zero, "ngày 05 tháng 02 năm 2026",
 * "ngày 02 tháng 4 năm 2026".
 */
public final class PaperDates {

	private PaperDates() {
	}

	/**
	 * A date in words.
	 * @param date the date
	 * @return "ngày dd tháng m năm yyyy"
	 */
	public static String inWords(LocalDate date) {
		int month = date.getMonthValue();
		return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(),
				(month <= 2) ? "%02d".formatted(month) : String.valueOf(month), date.getYear());
	}

}
