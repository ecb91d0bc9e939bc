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
 * @param excluded the unconfirmed occasions an operator switched off
 * ({@code giamsat.calendar.excluded-occasions})
 */
record CalendarData(Map<Integer, YearAnnouncement> years, Map<String, RecurringHoliday> recurring,
		Set<String> excluded) {

	/**
	 * Bumped whenever the computed rules change, so that the version changes with them.
	 */
	private static final String RULES_VERSION = "vn-labour-code-2019/1";

	CalendarData {
		years = Map.copyOf(years);
		recurring = Map.copyOf(recurring);
		excluded = (excluded != null) ? Set.copyOf(excluded) : Set.of();
	}

	/**
	 * The same data without the given unconfirmed occasions.
	 * @throws DeadlineDataException if an occasion is not a recurring holiday marked
	 * {@code confirmed: false}
	 */
	CalendarData excluding(Set<String> occasions) {
		for (String occasion : occasions) {
			RecurringHoliday holiday = this.recurring.get(occasion);
			if (holiday == null || holiday.confirmedOrTrue()) {
				List<String> unconfirmed = this.recurring.values()
					.stream()
					.filter((candidate) -> !candidate.confirmedOrTrue())
					.map(RecurringHoliday::occasion)
					.sorted()
					.toList();
				throw new DeadlineDataException("giamsat.calendar.excluded-occasions: '" + occasion
						+ "' is not an unconfirmed recurring holiday; only these can be switched off: " + unconfirmed);
			}
		}
		return new CalendarData(this.years, this.recurring, occasions);
	}

	/** The recurring holidays in force: those an operator did not switch off. */
	List<RecurringHoliday> activeRecurring() {
		return this.recurring.values()
			.stream()
			.filter((holiday) -> !this.excluded.contains(holiday.occasion()))
			.toList();
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
		this.excluded.forEach((occasion) -> lines.add("excluded|" + occasion));
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
	 * @param sourceEn that reference in English
	 * @param confirmed {@code false} for a file that only says the year is not announced
	 * yet, whose days are then the computed defaults
	 * @param daysOff the days off it fixes
	 * @param workingDays the weekend days it makes working days
	 */
	record YearAnnouncement(int year, String file, String source, String sourceEn, boolean confirmed,
			List<AnnouncedDayOff> daysOff, List<AnnouncedWorkingDay> workingDays) {

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
					+ day.name() + "|" + day.nameEn() + "|" + day.source() + "|" + day.sourceEn()));
			this.workingDays.forEach((day) -> lines.add("work|" + day.date() + "|" + day.name() + "|" + day.nameEn()
					+ "|" + day.source() + "|" + day.sourceEn()));
			lines.add("source|" + this.year + "|" + this.source + "|" + this.sourceEn + "|" + this.confirmed);
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
	 * @param nameEn its name in English; without one, the kind of day in English
	 * @param source its own reference, or {@code null} for that of the announcement
	 * @param sourceEn that reference in English
	 */
	record AnnouncedDayOff(LocalDate date, DayOffKind kind, String occasion, String name, String nameEn, String source,
			String sourceEn) {

		AnnouncedDayOff {
			DataFile.required(date, "date");
			DataFile.required(kind, "kind");
			DataFile.required(name, "name");
			if (nameEn == null) {
				nameEn = switch (kind) {
					case COMPENSATORY_DAY_OFF -> "Day off in lieu";
					case SWAPPED_DAY_OFF -> "Swapped day off";
					default -> "Public holiday";
				};
			}
		}

		AnnouncedDayOff orSource(String announcement, String announcementEn) {
			return (this.source != null) ? this : new AnnouncedDayOff(this.date, this.kind, this.occasion, this.name,
					this.nameEn, announcement, announcementEn);
		}

		SkippedDay dayOff() {
			return new SkippedDay(this.date, this.kind, this.name, this.nameEn, this.source,
					Sources.english(this.sourceEn, this.date.getYear()), true);
		}

	}

	/**
	 * A weekend day an announcement makes a working day (ngày làm bù).
	 *
	 * @param date the day
	 * @param name why it is worked
	 * @param nameEn why it is worked, in English
	 * @param source its own reference, or {@code null} for that of the announcement
	 * @param sourceEn that reference in English
	 */
	record AnnouncedWorkingDay(LocalDate date, String name, String nameEn, String source, String sourceEn) {

		AnnouncedWorkingDay {
			DataFile.required(date, "date");
			DataFile.required(name, "name");
			nameEn = (nameEn != null) ? nameEn : "Make-up working day";
		}

		AnnouncedWorkingDay orSource(String announcement, String announcementEn) {
			return (this.source != null) ? this
					: new AnnouncedWorkingDay(this.date, this.name, this.nameEn, announcement, announcementEn);
		}

		WorkingDay workingDay() {
			return new WorkingDay(this.date, this.name, this.nameEn, this.source,
					Sources.english(this.sourceEn, this.date.getYear()));
		}

	}

	/**
	 * A holiday that recurs every year on the same solar date, added to those of the
	 * Labour Code by later law.
	 *
	 * @param occasion its id
	 * @param name its name
	 * @param nameEn its name in English
	 * @param date its day and month, {@code MM-dd} in a file
	 * @param from the day the law takes effect
	 * @param compensatory whether a weekend occurrence gives a day off in lieu
	 * @param confirmed {@code false} when the law was not read in its own text; such a
	 * day is marked in every explanation and an operator may switch it off; absent means
	 * confirmed
	 * @param source the law
	 * @param sourceEn the law in English
	 */
	record RecurringHoliday(String occasion, String name, String nameEn, @JsonFormat(pattern = "MM-dd") MonthDay date,
			LocalDate from, boolean compensatory, Boolean confirmed, String source, String sourceEn) {

		RecurringHoliday {
			DataFile.required(occasion, "occasion");
			DataFile.required(name, "name");
			DataFile.required(date, "date");
			DataFile.required(from, "from");
			DataFile.required(source, "source");
		}

		boolean confirmedOrTrue() {
			return !Boolean.FALSE.equals(this.confirmed);
		}

		String englishName() {
			return (this.nameEn != null) ? this.nameEn : "Public holiday (" + this.date + ")";
		}

		String englishSource() {
			return (this.sourceEn != null) ? this.sourceEn : "law adding a public holiday, in force from " + this.from;
		}

		String canonicalLine() {
			return "recurring|" + this.occasion + "|" + this.name + "|" + this.nameEn + "|" + this.date + "|"
					+ this.from + "|" + this.compensatory + "|" + this.confirmedOrTrue() + "|" + this.source + "|"
					+ this.sourceEn;
		}

	}

}
