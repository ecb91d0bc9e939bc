package vn.mttq.giamsat.recommendation.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.mttq.giamsat.recommendation.deadline.CalendarData.AnnouncedDayOff;
import vn.mttq.giamsat.recommendation.deadline.CalendarData.AnnouncedWorkingDay;
import vn.mttq.giamsat.recommendation.deadline.CalendarData.RecurringHoliday;
import vn.mttq.giamsat.recommendation.deadline.CalendarData.YearAnnouncement;

/**
 * Reads the calendar data files: {@code calendar/*.yml} on the classpath, then any
 * {@code *.yml} in an optional external directory. A file is either one year's
 * announcement ({@code year:}) or a list of recurring holidays
 * ({@code recurringHolidays:}). An external file for a year replaces the classpath file
 * for that year, so operators can add or correct an announcement without a release; an
 * external recurring holiday replaces the classpath one of the same occasion.
 */
final class CalendarFiles {

	static final String CLASSPATH_PATTERN = "classpath*:calendar/*.yml";

	private CalendarFiles() {
	}

	static CalendarData load(Path externalDirectory) {
		Map<Integer, YearAnnouncement> years = new HashMap<>();
		Map<String, RecurringHoliday> recurring = new LinkedHashMap<>();
		readInto(classpathFiles(), years, recurring);
		if (externalDirectory != null) {
			Map<Integer, YearAnnouncement> externalYears = new HashMap<>();
			Map<String, RecurringHoliday> externalRecurring = new LinkedHashMap<>();
			readInto(externalFiles(externalDirectory), externalYears, externalRecurring);
			years.putAll(externalYears);
			recurring.putAll(externalRecurring);
		}
		CalendarData data = new CalendarData(years, recurring);
		checkOccasions(data);
		return data;
	}

	private static void readInto(List<NamedContent> files, Map<Integer, YearAnnouncement> years,
			Map<String, RecurringHoliday> recurring) {
		for (NamedContent file : files) {
			YamlNode root;
			try (InputStream content = file.open()) {
				root = YamlNode.parse(file.name(), content);
			}
			catch (IOException ex) {
				throw new DeadlineDataException(file.name() + ": cannot be read (" + ex.getMessage() + ")", ex);
			}
			Map<String, YamlNode> fields = root.fields("year", "source", "daysOff", "workingDays", "recurringHolidays");
			if (fields.containsKey("recurringHolidays")) {
				for (RecurringHoliday holiday : recurringHolidays(fields, root)) {
					recurring.put(holiday.occasion(), holiday);
				}
			}
			else {
				YearAnnouncement year = year(fields, root);
				YearAnnouncement earlier = years.put(year.year(), year);
				if (earlier != null) {
					throw new DeadlineDataException(file.name() + ": year " + year.year() + " is also announced in "
							+ earlier.file() + "; keep one file per year");
				}
			}
		}
	}

	private static YearAnnouncement year(Map<String, YamlNode> fields, YamlNode root) {
		YamlNode yearNode = YamlNode.required(fields, "year", root);
		int year = yearNode.integer();
		String source = YamlNode.required(fields, "source", root).text();
		List<AnnouncedDayOff> daysOff = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		for (YamlNode item : YamlNode.optional(fields, "daysOff").map(YamlNode::list).orElse(List.of())) {
			Map<String, YamlNode> day = item.fields("date", "kind", "occasion", "name", "source");
			YamlNode dateNode = YamlNode.required(day, "date", item);
			LocalDate date = inYear(dateNode, year);
			if (!seen.add(date)) {
				throw dateNode.error(date + " is listed twice");
			}
			YamlNode kindNode = YamlNode.required(day, "kind", item);
			DayOffKind kind = kindNode.enumValue(DayOffKind.class);
			if (kind == DayOffKind.WEEKEND) {
				throw kindNode
					.error("weekends are computed; list only HOLIDAY, COMPENSATORY_DAY_OFF or SWAPPED_DAY_OFF");
			}
			String occasion = YamlNode.optional(day, "occasion").map(YamlNode::text).orElse(null);
			String name = YamlNode.required(day, "name", item).text();
			String daySource = YamlNode.optional(day, "source").map(YamlNode::text).orElse(source);
			daysOff.add(new AnnouncedDayOff(date, kind, occasion, name, daySource));
		}
		List<AnnouncedWorkingDay> workingDays = new ArrayList<>();
		for (YamlNode item : YamlNode.optional(fields, "workingDays").map(YamlNode::list).orElse(List.of())) {
			Map<String, YamlNode> day = item.fields("date", "name", "source");
			YamlNode dateNode = YamlNode.required(day, "date", item);
			LocalDate date = inYear(dateNode, year);
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				throw dateNode.error(date + " is a " + date.getDayOfWeek()
						+ ", already a working day; only a Saturday or Sunday can be made one");
			}
			if (!seen.add(date)) {
				throw dateNode.error(date + " is listed both as a day off and as a working day");
			}
			String name = YamlNode.required(day, "name", item).text();
			String daySource = YamlNode.optional(day, "source").map(YamlNode::text).orElse(source);
			workingDays.add(new AnnouncedWorkingDay(date, name, daySource));
		}
		return new YearAnnouncement(year, root.file(), source, daysOff, workingDays);
	}

	private static List<RecurringHoliday> recurringHolidays(Map<String, YamlNode> fields, YamlNode root) {
		List<RecurringHoliday> holidays = new ArrayList<>();
		for (YamlNode item : fields.get("recurringHolidays").list()) {
			Map<String, YamlNode> holiday = item.fields("occasion", "name", "date", "from", "compensatory", "source");
			String occasion = YamlNode.required(holiday, "occasion", item).text();
			if (StatutoryHolidays.OCCASIONS.contains(occasion)) {
				throw holiday.get("occasion").error("'" + occasion + "' is a Labour Code holiday, computed already");
			}
			YamlNode dateNode = YamlNode.required(holiday, "date", item);
			MonthDay date;
			try {
				date = MonthDay.parse("--" + dateNode.text());
			}
			catch (DateTimeParseException ex) {
				throw dateNode.error("'" + dateNode.text() + "' is not a day of the year (expected MM-dd)");
			}
			holidays.add(new RecurringHoliday(occasion, YamlNode.required(holiday, "name", item).text(), date,
					YamlNode.required(holiday, "from", item).date(),
					YamlNode.optional(holiday, "compensatory").map(YamlNode::bool).orElse(false),
					YamlNode.required(holiday, "source", item).text()));
		}
		return holidays;
	}

	private static LocalDate inYear(YamlNode node, int year) {
		LocalDate date = node.date();
		if (date.getYear() != year) {
			throw node.error(date + " is not in " + year + ", the year of this file");
		}
		return date;
	}

	private static void checkOccasions(CalendarData data) {
		Set<String> known = new TreeSet<>(StatutoryHolidays.OCCASIONS);
		known.addAll(data.recurring().keySet());
		for (YearAnnouncement year : data.years().values()) {
			for (String occasion : year.announcedOccasions()) {
				if (!known.contains(occasion)) {
					throw new DeadlineDataException(year.file() + ": unknown occasion '" + occasion + "' in year "
							+ year.year() + "; expected one of " + known);
				}
			}
		}
	}

	private static List<NamedContent> classpathFiles() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(CLASSPATH_PATTERN);
			List<NamedContent> files = new ArrayList<>();
			for (Resource resource : resources) {
				files.add(new NamedContent("classpath:calendar/" + resource.getFilename(), resource::getInputStream));
			}
			files.sort(Comparator.comparing(NamedContent::name));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + CLASSPATH_PATTERN, ex);
		}
	}

	private static List<NamedContent> externalFiles(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new DeadlineDataException(directory + ": the calendar directory does not exist");
		}
		try (Stream<Path> paths = Files.list(directory)) {
			return paths.filter((path) -> path.getFileName().toString().endsWith(".yml"))
				.filter(Files::isRegularFile)
				.sorted()
				.map((path) -> new NamedContent(path.toString(), () -> Files.newInputStream(path)))
				.toList();
		}
		catch (IOException ex) {
			throw new DeadlineDataException(directory + ": cannot list the calendar directory", ex);
		}
	}

	private interface Opener {

		InputStream open() throws IOException;

	}

	private record NamedContent(String name, Opener opener) {

		InputStream open() throws IOException {
			return this.opener.open();
		}

	}

}
