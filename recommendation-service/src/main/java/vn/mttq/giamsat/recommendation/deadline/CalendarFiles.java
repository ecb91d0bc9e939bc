package vn.mttq.giamsat.recommendation.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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
				for (RecurringHoliday holiday : CalendarFileParser.recurringHolidays(fields, root)) {
					recurring.put(holiday.occasion(), holiday);
				}
			}
			else {
				YearAnnouncement year = CalendarFileParser.year(fields, root);
				YearAnnouncement earlier = years.put(year.year(), year);
				if (earlier != null) {
					throw new DeadlineDataException(file.name() + ": year " + year.year() + " is also announced in "
							+ earlier.file() + "; keep one file per year");
				}
			}
		}
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
