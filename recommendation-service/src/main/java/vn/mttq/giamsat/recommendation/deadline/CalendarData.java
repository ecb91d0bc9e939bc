package vn.mttq.giamsat.recommendation.deadline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The calendar data as loaded from the files: the yearly announcements and the holidays
 * that recur every year beside those of the Labour Code.
 *
 * @param years the announcement of each year that has one
 * @param recurring the recurring holidays added by later law, by occasion id
 */
record CalendarData(Map<Integer, YearAnnouncement> years, Map<String, RecurringHoliday> recurring) {

	/**
	 * Bumped whenever the computed rules change, so that the version changes with them.
	 */
	private static final String RULES_VERSION = "vn-labour-code-2019/1";

	CalendarData {
		years = Map.copyOf(years);
		recurring = Map.copyOf(recurring);
	}

	Optional<YearAnnouncement> year(int year) {
		return Optional.ofNullable(this.years.get(year));
	}

	/**
	 * A short, stable hash of everything that decides a day off: the computed rules'
	 * version and every loaded entry, sorted, but not where they were loaded from.
	 */
	String version() {
		Set<String> lines = new TreeSet<>();
		lines.add(RULES_VERSION);
		this.years.values().forEach((year) -> lines.addAll(year.canonicalLines()));
		this.recurring.values().forEach((holiday) -> lines.add(holiday.canonicalLine()));
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] hash = sha256.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	/**
	 * Thông báo nghỉ lễ: one year's announcement of days off and swapped working days.
	 *
	 * @param year the year it covers
	 * @param file where it was loaded from
	 * @param source the announcement's reference
	 * @param daysOff the days off it fixes
	 * @param workingDays the weekend days it makes working days
	 */
	record YearAnnouncement(int year, String file, String source, List<AnnouncedDayOff> daysOff,
			List<AnnouncedWorkingDay> workingDays) {

		YearAnnouncement {
			daysOff = List.copyOf(daysOff);
			workingDays = List.copyOf(workingDays);
		}

		/** The occasions whose computed days this announcement replaces. */
		Set<String> announcedOccasions() {
			Set<String> occasions = new TreeSet<>();
			this.daysOff.stream()
				.map(AnnouncedDayOff::occasion)
				.filter((occasion) -> occasion != null)
				.forEach(occasions::add);
			return occasions;
		}

		List<String> canonicalLines() {
			List<String> lines = new ArrayList<>();
			this.daysOff.forEach((day) -> lines.add("off|" + day.date() + "|" + day.kind() + "|" + day.occasion() + "|"
					+ day.name() + "|" + day.source()));
			this.workingDays.forEach((day) -> lines.add("work|" + day.date() + "|" + day.name() + "|" + day.source()));
			lines.add("source|" + this.year + "|" + this.source);
			return lines;
		}

	}

	/**
	 * A day off an announcement fixes.
	 *
	 * @param date the day
	 * @param kind holiday, compensatory or swapped day off
	 * @param occasion the occasion it belongs to ({@code tet}, {@code national-day} ...),
	 * or {@code null} for a day outside them (a swap)
	 * @param name its name
	 * @param source its own reference, or {@code null} for that of the announcement
	 */
	record AnnouncedDayOff(LocalDate date, DayOffKind kind, String occasion, String name, String source) {

		AnnouncedDayOff {
			DataFile.required(date, "date");
			DataFile.required(kind, "kind");
			DataFile.required(name, "name");
		}

		AnnouncedDayOff orSource(String announcement) {
			return (this.source != null) ? this
					: new AnnouncedDayOff(this.date, this.kind, this.occasion, this.name, announcement);
		}

	}

	/**
	 * A weekend day an announcement makes a working day (ngày làm bù).
	 *
	 * @param date the day
	 * @param name why it is worked
	 * @param source its own reference, or {@code null} for that of the announcement
	 */
	record AnnouncedWorkingDay(LocalDate date, String name, String source) {

		AnnouncedWorkingDay {
			DataFile.required(date, "date");
			DataFile.required(name, "name");
		}

		AnnouncedWorkingDay orSource(String announcement) {
			return (this.source != null) ? this : new AnnouncedWorkingDay(this.date, this.name, announcement);
		}

	}

	/**
	 * A holiday that recurs every year on the same solar date, added to those of the
	 * Labour Code by later law.
	 *
	 * @param occasion its id
	 * @param name its name
	 * @param date its day and month, {@code MM-dd} in a file
	 * @param from the day the law takes effect
	 * @param compensatory whether a weekend occurrence gives a day off in lieu
	 * @param source the law
	 */
	record RecurringHoliday(String occasion, String name, @JsonFormat(pattern = "MM-dd") MonthDay date, LocalDate from,
			boolean compensatory, String source) {

		RecurringHoliday {
			DataFile.required(occasion, "occasion");
			DataFile.required(name, "name");
			DataFile.required(date, "date");
			DataFile.required(from, "from");
			DataFile.required(source, "source");
		}

		String canonicalLine() {
			return "recurring|" + this.occasion + "|" + this.name + "|" + this.date + "|" + this.from + "|"
					+ this.compensatory + "|" + this.source;
		}

	}

}
