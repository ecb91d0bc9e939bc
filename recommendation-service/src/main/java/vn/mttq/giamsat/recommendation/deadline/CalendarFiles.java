package vn.mttq.giamsat.recommendation.deadline;

import java.io.IOException;
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
		List<ReadFile> shipped = read(classpathFiles());
		List<ReadFile> external = (externalDirectory != null) ? read(externalFiles(externalDirectory)) : List.of();
		Map<String, RecurringHoliday> recurring = new LinkedHashMap<>();
		recurring.putAll(recurringHolidays(shipped));
		recurring.putAll(recurringHolidays(external));
		Set<String> occasions = new TreeSet<>(StatutoryHolidays.OCCASIONS);
		occasions.addAll(recurring.keySet());
		Map<Integer, YearAnnouncement> years = years(shipped, occasions);
		years.putAll(years(external, occasions));
		return new CalendarData(years, recurring, Set.of());
	}

	private static List<ReadFile> read(List<DataFile> files) {
		return files.stream().map((file) -> new ReadFile(file, file.read(CalendarFile.class))).toList();
	}

	private static Map<String, RecurringHoliday> recurringHolidays(List<ReadFile> files) {
		Map<String, RecurringHoliday> holidays = new LinkedHashMap<>();
		for (ReadFile read : files) {
			if (read.content().listsRecurringHolidays()) {
				read.content().recurringHolidays(read.file()).forEach((day) -> holidays.put(day.occasion(), day));
			}
		}
		return holidays;
	}

	private static Map<Integer, YearAnnouncement> years(List<ReadFile> files, Set<String> occasions) {
		Map<Integer, YearAnnouncement> years = new HashMap<>();
		for (ReadFile read : files) {
			if (!read.content().listsRecurringHolidays()) {
				YearAnnouncement year = read.content().announcement(read.file(), occasions);
				YearAnnouncement earlier = years.put(year.year(), year);
				if (earlier != null) {
					throw read.file()
						.error("year", "year " + year.year() + " is also announced in " + earlier.file()
								+ "; keep one file per year");
				}
			}
		}
		return years;
	}

	private static List<DataFile> classpathFiles() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(CLASSPATH_PATTERN);
			List<DataFile> files = new ArrayList<>();
			for (Resource resource : resources) {
				files.add(DataFile.load("classpath:calendar/" + resource.getFilename(), resource));
			}
			files.sort(Comparator.comparing(DataFile::name));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + CLASSPATH_PATTERN, ex);
		}
	}

	private static List<DataFile> externalFiles(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new DeadlineDataException(directory + ": the calendar directory does not exist");
		}
		try (Stream<Path> paths = Files.list(directory)) {
			return paths.filter((path) -> path.getFileName().toString().endsWith(".yml"))
				.filter(Files::isRegularFile)
				.sorted()
				.map((path) -> DataFile.load(path.toString(), () -> Files.newInputStream(path)))
				.toList();
		}
		catch (IOException ex) {
			throw new DeadlineDataException(directory + ": cannot list the calendar directory", ex);
		}
	}

	private record ReadFile(DataFile file, CalendarFile content) {

	}

}
