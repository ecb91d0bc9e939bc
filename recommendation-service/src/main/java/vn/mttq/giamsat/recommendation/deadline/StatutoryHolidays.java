package vn.mttq.giamsat.recommendation.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import vn.mttq.giamsat.recommendation.deadline.CalendarData.RecurringHoliday;

/**
 * The public holidays of the Labour Code 2019, Art. 112.1, computed for a year: the
 * defaults that a yearly announcement may replace occasion by occasion. Tết is the last
 * day of the lunar year and the first four of the new one; the second National Day
 * holiday is the adjacent day that joins the holiday to a weekend (3/9 when 2/9 is a
 * Thursday, or when 1/9 is a Saturday or Sunday), otherwise 1/9, which reproduces every
 * announcement from 2021 to 2026.
 */
final class StatutoryHolidays {

	static final String NEW_YEAR = "new-year";

	static final String TET = "tet";

	static final String HUNG_KINGS = "hung-kings";

	static final String VICTORY_DAY = "victory-day";

	static final String LABOUR_DAY = "labour-day";

	static final String NATIONAL_DAY = "national-day";

	static final Set<String> OCCASIONS = Set.of(NEW_YEAR, TET, HUNG_KINGS, VICTORY_DAY, LABOUR_DAY, NATIONAL_DAY);

	/** Hùng Kings' day has been a paid holiday since 2007. */
	private static final int FIRST_HUNG_KINGS_HOLIDAY = 2007;

	private StatutoryHolidays() {
	}

	/** The law the computed holidays come from. */
	static final String LABOUR_CODE = "Bộ luật Lao động 2019, Điều 112";

	static final String LABOUR_CODE_EN = "Labour Code 2019, Art. 112";

	/**
	 * One computed holiday.
	 *
	 * @param date the day
	 * @param occasion the occasion it belongs to
	 * @param name its name
	 * @param nameEn its name in English
	 * @param compensatory whether it gives a day off in lieu when on a weekend
	 * @param source the law that gives it
	 * @param sourceEn that law in English
	 * @param confirmed whether that law was read first-hand
	 */
	record Holiday(LocalDate date, String occasion, String name, String nameEn, boolean compensatory, String source,
			String sourceEn, boolean confirmed) {

		static Holiday ofLabourCode(LocalDate date, String occasion, String name, String nameEn) {
			return new Holiday(date, occasion, name, nameEn, true, LABOUR_CODE, LABOUR_CODE_EN, true);
		}

		SkippedDay dayOff() {
			return new SkippedDay(this.date, DayOffKind.HOLIDAY, this.name, this.nameEn, this.source, this.sourceEn,
					this.confirmed);
		}

		/** The working day off given in lieu of this holiday (Labour Code Art. 111.3). */
		SkippedDay inLieuOn(LocalDate day) {
			return new SkippedDay(day, DayOffKind.COMPENSATORY_DAY_OFF, "Nghỉ bù " + this.name,
					"Day off in lieu of " + this.nameEn, "Bộ luật Lao động 2019, Điều 111.3 (" + this.source + ")",
					"Labour Code 2019, Art. 111.3 (" + this.sourceEn + ")", this.confirmed);
		}

	}

	static List<Holiday> of(int year, Collection<RecurringHoliday> recurring) {
		List<Holiday> holidays = new ArrayList<>();
		holidays.add(Holiday.ofLabourCode(LocalDate.of(year, 1, 1), NEW_YEAR, "Tết Dương lịch", "New Year's Day"));
		holidays.addAll(tet(year));
		if (year >= FIRST_HUNG_KINGS_HOLIDAY) {
			holidays.add(Holiday.ofLabourCode(LunarCalendar.toSolar(year, 3, 10, false), HUNG_KINGS,
					"Giỗ Tổ Hùng Vương (10/3 âm lịch)",
					"Hùng Kings' Commemoration Day (10th day of the 3rd lunar month)"));
		}
		holidays.add(Holiday.ofLabourCode(LocalDate.of(year, 4, 30), VICTORY_DAY, "Ngày Chiến thắng (30/4)",
				"Victory Day (30 April)"));
		holidays.add(Holiday.ofLabourCode(LocalDate.of(year, 5, 1), LABOUR_DAY, "Ngày Quốc tế Lao động (1/5)",
				"International Labour Day (1 May)"));
		holidays.add(Holiday.ofLabourCode(LocalDate.of(year, 9, 2), NATIONAL_DAY, "Quốc khánh (2/9)",
				"National Day (2 September)"));
		holidays.add(Holiday.ofLabourCode(nationalDayAdjacent(year), NATIONAL_DAY, "Quốc khánh (ngày liền kề)",
				"National Day (adjacent day)"));
		for (RecurringHoliday holiday : recurring) {
			LocalDate date = holiday.date().atYear(year);
			if (!date.isBefore(holiday.from())) {
				holidays.add(new Holiday(date, holiday.occasion(), holiday.name(), holiday.englishName(),
						holiday.compensatory(), holiday.source(), holiday.englishSource(), holiday.confirmedOrTrue()));
			}
		}
		holidays.sort(Comparator.comparing(Holiday::date));
		return holidays;
	}

	private static List<Holiday> tet(int year) {
		LocalDate newYear = LunarCalendar.newYear(year);
		LocalDate lastDay = newYear.minusDays(1);
		int lastLunarDay = LunarCalendar.toLunar(lastDay).day();
		List<Holiday> days = new ArrayList<>();
		days.add(Holiday.ofLabourCode(lastDay, TET, "Tết Nguyên đán (" + lastLunarDay + " tháng Chạp)",
				"Lunar New Year (" + lastLunarDay + "th day of the 12th lunar month)"));
		for (int i = 0; i < 4; i++) {
			days.add(Holiday.ofLabourCode(newYear.plusDays(i), TET, "Tết Nguyên đán (mùng " + (i + 1) + ")",
					"Lunar New Year (day " + (i + 1) + ")"));
		}
		return days;
	}

	private static LocalDate nationalDayAdjacent(int year) {
		LocalDate before = LocalDate.of(year, 9, 1);
		LocalDate after = LocalDate.of(year, 9, 3);
		boolean afterIsWeekday = !WeekDays.isWeekend(after);
		if (after.getDayOfWeek() == DayOfWeek.FRIDAY || (WeekDays.isWeekend(before) && afterIsWeekday)) {
			return after;
		}
		return before;
	}

}
