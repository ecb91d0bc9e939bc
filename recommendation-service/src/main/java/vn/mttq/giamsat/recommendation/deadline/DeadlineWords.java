package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of the explanations, in Vietnamese (dates as dd/MM/yyyy) and English.
 */
final class DeadlineWords {

	private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter VI_NO_YEAR = DateTimeFormatter.ofPattern("dd/MM");

	private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private DeadlineWords() {
	}

	static String vi(LocalDate date) {
		return VI.format(date);
	}

	static String en(LocalDate date) {
		return EN.format(date);
	}

	static String daysVi(int days, DayCounting counting) {
		return days + ((counting == DayCounting.WORKING_DAYS) ? " ngày làm việc" : " ngày");
	}

	static String daysEn(int days, DayCounting counting) {
		String unit = (counting == DayCounting.WORKING_DAYS) ? "working day" : "calendar day";
		return days + " " + unit + ((days == 1) ? "" : "s");
	}

	static String eventVi(DeadlineStart event) {
		return switch (event) {
			case ISSUE -> "ngày ban hành";
			case DELIVERY -> "ngày nhận";
			case ACKNOWLEDGEMENT -> "ngày xác nhận đã nhận";
		};
	}

	static String eventEn(DeadlineStart event) {
		return switch (event) {
			case ISSUE -> "the issue date";
			case DELIVERY -> "receipt";
			case ACKNOWLEDGEMENT -> "the acknowledgement of receipt";
		};
	}

	/**
	 * Runs of consecutive skipped days, such as "14/02–22/02/2026 (nghỉ cuối tuần, Tết
	 * Nguyên đán)".
	 */
	static String skippedVi(List<SkippedDay> skipped) {
		return runs(skipped).stream()
			.map((run) -> run.vi() + " (" + String.join(", ", run.names(true)) + ")")
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
	}

	static String skippedEn(List<SkippedDay> skipped) {
		return runs(skipped).stream()
			.map((run) -> run.en() + " (" + String.join(", ", run.names(false)) + ")")
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
	}

	/** The name of a day off without its detail in brackets, for the running text. */
	static String shortName(SkippedDay day, boolean vietnamese) {
		if (day.kind() == DayOffKind.WEEKEND) {
			return vietnamese ? "nghỉ cuối tuần" : "weekend";
		}
		String name = vietnamese ? day.name() : day.nameEn();
		int bracket = name.indexOf(" (");
		String shown = (bracket > 0) ? name.substring(0, bracket) : name;
		if (day.confirmed()) {
			return shown;
		}
		return shown + (vietnamese ? " – chưa xác nhận" : " – unconfirmed");
	}

	private static List<Run> runs(List<SkippedDay> skipped) {
		List<Run> runs = new ArrayList<>();
		List<SkippedDay> current = new ArrayList<>();
		for (SkippedDay day : skipped) {
			if (!current.isEmpty() && !current.get(current.size() - 1).date().plusDays(1).equals(day.date())) {
				runs.add(new Run(List.copyOf(current)));
				current.clear();
			}
			current.add(day);
		}
		if (!current.isEmpty()) {
			runs.add(new Run(List.copyOf(current)));
		}
		return runs;
	}

	private record Run(List<SkippedDay> days) {

		LocalDate first() {
			return this.days.get(0).date();
		}

		LocalDate last() {
			return this.days.get(this.days.size() - 1).date();
		}

		String vi() {
			if (first().equals(last())) {
				return DeadlineWords.vi(first());
			}
			String from = (first().getYear() == last().getYear()) ? VI_NO_YEAR.format(first())
					: DeadlineWords.vi(first());
			return from + "–" + DeadlineWords.vi(last());
		}

		String en() {
			return first().equals(last()) ? DeadlineWords.en(first())
					: DeadlineWords.en(first()) + " to " + DeadlineWords.en(last());
		}

		List<String> names(boolean vietnamese) {
			Set<String> names = new LinkedHashSet<>();
			this.days.forEach((day) -> names.add(shortName(day, vietnamese)));
			return List.copyOf(names);
		}

	}

}
