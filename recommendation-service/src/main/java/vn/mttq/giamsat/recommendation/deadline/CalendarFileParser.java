package vn.mttq.giamsat.recommendation.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.mttq.giamsat.recommendation.deadline.CalendarData.AnnouncedDayOff;
import vn.mttq.giamsat.recommendation.deadline.CalendarData.AnnouncedWorkingDay;
import vn.mttq.giamsat.recommendation.deadline.CalendarData.RecurringHoliday;
import vn.mttq.giamsat.recommendation.deadline.CalendarData.YearAnnouncement;

/**
 * Reads the content of one calendar file, checking each entry: dates within the file's
 * year, each date listed once, only weekend days made working days, known kinds.
 */
final class CalendarFileParser {

	private CalendarFileParser() {
	}

	static YearAnnouncement year(Map<String, YamlNode> fields, YamlNode root) {
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

	static List<RecurringHoliday> recurringHolidays(Map<String, YamlNode> fields, YamlNode root) {
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

}
