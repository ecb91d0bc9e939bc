package vn.mttq.giamsat.recommendation.deadline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Lịch làm việc: which days are working days for the civil service in Vietnam. Saturdays
 * and Sundays are off; the holidays of the Labour Code 2019 (Art. 112) are computed, Tết
 * and Hùng Kings' day on the lunar calendar, with a day off in lieu for one on a weekend
 * (Art. 111.3); each year's announcement, kept as data in {@code calendar/vn-<year>.yml}
 * and in an optional external directory, fixes the actual days of an occasion and the
 * swapped days.
 */
@Component
public class WorkingCalendar {

	/**
	 * The first year the calendar answers for: the Labour Code 2019, whose holidays it
	 * computes, is in force from 2021.
	 */
	public static final int FIRST_YEAR = 2021;

	/** The last year the calendar answers for. */
	public static final int LAST_YEAR = 2100;

	private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

	private final Path directory;

	private final Set<String> excludedOccasions;

	private volatile Loaded loaded;

	/**
	 * Creates a calendar from the shipped files and those of the given directory.
	 * @param directory the external directory, or {@code null} for the shipped files only
	 * @throws DeadlineDataException if a file is malformed
	 */
	public WorkingCalendar(Path directory) {
		this(directory, Set.of());
	}

	/**
	 * Creates a calendar from the shipped files and those of the given directory, without
	 * the unconfirmed occasions an operator switched off.
	 * @param directory the external directory, or {@code null} for the shipped files only
	 * @param excludedOccasions unconfirmed recurring holidays not to count as days off
	 * @throws DeadlineDataException if a file is malformed or an excluded occasion is not
	 * an unconfirmed recurring holiday
	 */
	public WorkingCalendar(Path directory, Set<String> excludedOccasions) {
		this.directory = directory;
		this.excludedOccasions = Set.copyOf(excludedOccasions);
		this.loaded = load(directory, this.excludedOccasions);
		log.info("Working calendar {} loaded ({} announced years{}{})", this.loaded.version(),
				this.loaded.data().years().size(), (directory != null) ? ", external directory " + directory : "",
				this.excludedOccasions.isEmpty() ? "" : ", without " + this.excludedOccasions);
	}

	@Autowired
	WorkingCalendar(CalendarProperties properties) {
		this(properties.directory(), properties.excludedOccasions());
	}

	/** A calendar of the shipped files only. */
	public static WorkingCalendar fromClasspath() {
		return new WorkingCalendar((Path) null);
	}

	public boolean isWorkingDay(LocalDate date) {
		return dayOff(date).isEmpty();
	}

	/** Why the day is not a working day, or empty if it is one. */
	public Optional<SkippedDay> dayOff(LocalDate date) {
		return this.loaded.year(date.getYear()).dayOff(date);
	}

	/** The holidays, days in lieu and swapped days off of a year, in date order. */
	public List<SkippedDay> holidays(int year) {
		return this.loaded.year(year).holidays();
	}

	/**
	 * Whether the calendar answers for a year ({@value #FIRST_YEAR}–{@value #LAST_YEAR}).
	 */
	public static boolean covers(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	/**
	 * One year's days off and make-up working days, and whether its announcement is
	 * known.
	 */
	public YearCalendar year(int year) {
		Loaded current = this.loaded;
		CalendarYear days = current.year(year);
		Optional<CalendarData.YearAnnouncement> announcement = days.confirmedAnnouncement();
		return new YearCalendar(year, announcement.isPresent(),
				announcement.map(CalendarData.YearAnnouncement::source)
					.orElse("Chưa có thông báo năm " + year + "; tính theo Bộ luật Lao động 2019, Điều 111–112"),
				announcement.map(CalendarData.YearAnnouncement::sourceEn)
					.orElse("No announcement for " + year + " yet; computed from the Labour Code 2019, Arts 111–112"),
				days.holidays(), days.workingDays(), current.data().excluded(), current.version());
	}

	/**
	 * A short hash of the calendar data and rules; it changes whenever a data file's
	 * content that decides a day off changes.
	 */
	public String version() {
		return this.loaded.version();
	}

	/**
	 * Reads the data files again.
	 * @return {@code true} if the version changed
	 * @throws DeadlineDataException if a file is malformed; the calendar loaded before
	 * stays in use
	 */
	public boolean reload() {
		Loaded fresh = load(this.directory, this.excludedOccasions);
		String before = this.loaded.version();
		this.loaded = fresh;
		boolean changed = !before.equals(fresh.version());
		if (changed) {
			log.info("Working calendar reloaded: version {} replaces {}", fresh.version(), before);
		}
		return changed;
	}

	private static Loaded load(Path directory, Set<String> excludedOccasions) {
		CalendarData data = CalendarFiles.load(directory).excluding(excludedOccasions);
		return new Loaded(data, data.version(), new ConcurrentHashMap<>());
	}

	private record Loaded(CalendarData data, String version, Map<Integer, CalendarYear> years) {

		CalendarYear year(int year) {
			return this.years.computeIfAbsent(year, (key) -> CalendarYear.build(key, this.data));
		}

	}

}
