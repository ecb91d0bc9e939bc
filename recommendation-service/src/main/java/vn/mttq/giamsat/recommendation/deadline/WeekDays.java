package vn.mttq.giamsat.recommendation.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The weekly rest days of the civil service: Saturday and Sunday (40-hour week).
 */
final class WeekDays {

	private WeekDays() {
	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

	static String weekendName(LocalDate date) {
		return (date.getDayOfWeek() == DayOfWeek.SATURDAY) ? "Thứ Bảy" : "Chủ nhật";
	}

	static String weekendNameEn(LocalDate date) {
		return (date.getDayOfWeek() == DayOfWeek.SATURDAY) ? "Saturday" : "Sunday";
	}

}
