package vn.mttq.giamsat.recommendation.tracking;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import vn.mttq.giamsat.recommendation.deadline.DeadlineExplanation;

/**
 * Ghi chú của bước: the texts the service writes into a step's note, read from the
 * {@code messages/step-notes} bundle. Notes are stored and published in Vietnamese
 * ({@link #VI}); the English bundle holds the same notes for English readers.
 */
final class StepNotes {

	/** The notes as they are stored and published. */
	static final StepNotes VI = new StepNotes(Locale.forLanguageTag("vi"));

	/** The notes in English, as the lifecycle event's English explanation says them. */
	static final StepNotes EN = new StepNotes(Locale.ENGLISH);

	private final Locale locale;

	private final ResourceBundle bundle;

	private final DateTimeFormatter day;

	StepNotes(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("messages.step-notes", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		this.day = DateTimeFormatter.ofPattern(this.bundle.getString("day.pattern"), locale);
	}

	/**
	 * Returns a note with its arguments in place: a day in the bundle's pattern, anything
	 * else as its plain text (numbers unformatted, {@code null} as "null").
	 */
	String text(String key, Object... arguments) {
		Object[] shown = Stream.of(arguments).map(this::shown).toArray();
		return new MessageFormat(this.bundle.getString(key), this.locale).format(shown);
	}

	/**
	 * Returns the due date in words: the deadline's own explanation when it has one, else
	 * the date, else that there is none.
	 */
	String dueDate(LocalDate dueDate, DeadlineExplanation explanation) {
		String explained = (explanation != null)
				? ("vi".equals(this.locale.getLanguage()) ? explanation.textVi() : explanation.textEn()) : null;
		if (explained != null) {
			return explained;
		}
		return (dueDate != null) ? text("due-date", dueDate) : text("due-date.none");
	}

	/** Returns a day in the bundle's pattern, or the text that stands for none. */
	String day(LocalDate day, String noneKey) {
		return (day != null) ? this.day.format(day) : text(noneKey);
	}

	/** Joins a person's words and the service's, either of which may be missing. */
	static String joined(String first, String second) {
		if (first == null || first.isBlank()) {
			return second;
		}
		return (second == null) ? first : first + " " + second;
	}

	private String shown(Object argument) {
		return (argument instanceof LocalDate date) ? this.day.format(date) : String.valueOf(argument);
	}

}
