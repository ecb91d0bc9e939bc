package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;

/**
 * Âm lịch Việt Nam: converts between the solar calendar and the Vietnamese lunar calendar
 * with Hồ Ngọc Đức's algorithm (astronomical new moons and solar terms), reckoned at
 * UTC+7. China reckons at UTC+8, so the two calendars differ in some years (Tết 1985 and
 * 2007 among them); nothing here is tabulated per year.
 */
public final class LunarCalendar {

	/** Vietnam's time zone, in hours east of Greenwich. */
	static final double TIME_ZONE = 7.0;

	private static final double SYNODIC_MONTH = 29.530588853;

	private static final double NEW_MOON_EPOCH = 2415021.076998695;

	private static final long JULIAN_DAY_OF_EPOCH_DAY_ZERO = 2440588;

	private LunarCalendar() {
	}

	/**
	 * Returns the solar date of a lunar date.
	 * @throws IllegalArgumentException if the month is not leap that year, or the day is
	 * past the end of the month
	 */
	public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
		if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
			throw new IllegalArgumentException(
					"No lunar date " + lunarDay + "/" + lunarMonth + (leapMonth ? " (nhuận)" : "") + "/" + lunarYear);
		}
		long a11;
		long b11;
		if (lunarMonth < 11) {
			a11 = lunarMonth11(lunarYear - 1);
			b11 = lunarMonth11(lunarYear);
		}
		else {
			a11 = lunarMonth11(lunarYear);
			b11 = lunarMonth11(lunarYear + 1);
		}
		long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
		int offset = lunarMonth - 11;
		if (offset < 0) {
			offset += 12;
		}
		if (b11 - a11 > 365) {
			int leapOffset = leapMonthOffset(a11);
			int leap = leapOffset - 2;
			if (leap < 0) {
				leap += 12;
			}
			if (leapMonth && lunarMonth != leap) {
				throw new IllegalArgumentException(
						"Month " + lunarMonth + " of lunar year " + lunarYear + " is not a leap month");
			}
			if (leapMonth || offset >= leapOffset) {
				offset += 1;
			}
		}
		else if (leapMonth) {
			throw new IllegalArgumentException("Lunar year " + lunarYear + " has no leap month");
		}
		long monthStart = newMoonDay(k + offset);
		long nextMonthStart = newMoonDay(k + offset + 1);
		if (lunarDay > nextMonthStart - monthStart) {
			throw new IllegalArgumentException("Lunar month " + lunarMonth + " of " + lunarYear + " has only "
					+ (nextMonthStart - monthStart) + " days");
		}
		return fromJulianDay(monthStart + lunarDay - 1);
	}

	/** Returns the lunar date of a solar date. */
	public static LunarDate toLunar(LocalDate date) {
		long dayNumber = julianDay(date);
		long k = (long) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
		long monthStart = newMoonDay(k + 1);
		if (monthStart > dayNumber) {
			monthStart = newMoonDay(k);
		}
		int year = date.getYear();
		long a11 = lunarMonth11(year);
		long b11 = a11;
		int lunarYear;
		if (a11 >= monthStart) {
			lunarYear = year;
			a11 = lunarMonth11(year - 1);
		}
		else {
			lunarYear = year + 1;
			b11 = lunarMonth11(year + 1);
		}
		int lunarDay = (int) (dayNumber - monthStart + 1);
		int diff = (int) Math.floor((monthStart - a11) / 29.0);
		boolean leap = false;
		int lunarMonth = diff + 11;
		if (b11 - a11 > 365) {
			int leapDiff = leapMonthOffset(a11);
			if (diff >= leapDiff) {
				lunarMonth = diff + 10;
				leap = (diff == leapDiff);
			}
		}
		if (lunarMonth > 12) {
			lunarMonth -= 12;
		}
		if (lunarMonth >= 11 && diff < 4) {
			lunarYear -= 1;
		}
		return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
	}

	/** Mùng 1 Tết: the first day of the given lunar year. */
	static LocalDate newYear(int lunarYear) {
		return toSolar(lunarYear, 1, 1, false);
	}

	private static long julianDay(LocalDate date) {
		return date.toEpochDay() + JULIAN_DAY_OF_EPOCH_DAY_ZERO;
	}

	private static LocalDate fromJulianDay(long julianDay) {
		return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH_DAY_ZERO);
	}

	/** The day (local to UTC+7) of the k-th new moon after 1900-01-01. */
	private static long newMoonDay(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double dr = Math.PI / 180;
		double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
		jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
		double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
		c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
		c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
		c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
		c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
		c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
		c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
		double deltaT;
		if (t < -11) {
			deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
		}
		else {
			deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
		}
		double jdNew = jd1 + c1 - deltaT;
		return (long) Math.floor(jdNew + 0.5 + TIME_ZONE / 24);
	}

	/** The sun's longitude at the start of the day, as one of 12 sectors of 30°. */
	private static int sunLongitudeSector(long dayNumber) {
		double t = (dayNumber - 2451545.5 - TIME_ZONE / 24) / 36525;
		double t2 = t * t;
		double dr = Math.PI / 180;
		double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
		dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
		double l = (l0 + dl) * dr;
		l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
		return (int) Math.floor(l / Math.PI * 6);
	}

	/** The first day of the lunar month that contains the winter solstice of the year. */
	private static long lunarMonth11(int year) {
		long offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
		long k = (long) Math.floor(offset / SYNODIC_MONTH);
		long newMoon = newMoonDay(k);
		if (sunLongitudeSector(newMoon) >= 9) {
			newMoon = newMoonDay(k - 1);
		}
		return newMoon;
	}

	/**
	 * How many months after month 11 the leap month (the one without a major term) is.
	 */
	private static int leapMonthOffset(long a11) {
		long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
		int i = 1;
		int arc = sunLongitudeSector(newMoonDay(k + i));
		int last;
		do {
			last = arc;
			i++;
			arc = sunLongitudeSector(newMoonDay(k + i));
		}
		while (arc != last && i < 14);
		return i - 1;
	}

}
