package vn.mttq.giamsat.support.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;

/**
 * A text shown to people, with its English wording and a code under which other languages
 * are looked up ({@code messages/problems_vi.properties} of the service, or of this
 * module). The English wording and the translations are {@link MessageFormat} patterns:
 * {@code {0}} for the first argument and {@code ''} for an apostrophe, always. An
 * argument that is itself a phrase is translated too.
 *
 * @param code the key of the translations; {@code null} for a text that reads the same in
 * every language
 * @param english the English wording
 * @param args the arguments of the pattern, already formatted as people read them (dates
 * as dd/MM/yyyy)
 */
public record Phrase(String code, String english, List<Object> args) implements MessageSourceResolvable {

	public Phrase {
		if (english == null) {
			throw new IllegalArgumentException("A phrase needs its English wording");
		}
		args = (args != null) ? List.copyOf(args) : List.of();
	}

	/**
	 * Creates a phrase.
	 * @param code the key of its translations
	 * @param english its English wording, a {@link MessageFormat} pattern
	 * @param args its arguments; {@code null} ones are shown as empty
	 * @return the phrase
	 */
	public static Phrase of(String code, String english, Object... args) {
		return new Phrase(code, english, Arrays.stream(args).map((arg) -> (arg != null) ? arg : "").toList());
	}

	/**
	 * A text that is not translated, such as one an earlier version of a service wrote;
	 * it is shown as it is in every language.
	 * @param text the text
	 * @return the phrase
	 */
	public static Phrase untranslated(String text) {
		return new Phrase(null, text.replace("'", "''").replace("{", "'{'").replace("}", "'}'"), List.of());
	}

	/** The phrase in English, its arguments filled in. */
	public String inEnglish() {
		Object[] values = this.args.stream()
			.map((arg) -> (arg instanceof Phrase phrase) ? phrase.inEnglish() : arg)
			.toArray();
		return new MessageFormat(this.english, Locale.ENGLISH).format(values);
	}

	@Override
	public String[] getCodes() {
		return (this.code != null) ? new String[] { this.code } : null;
	}

	@Override
	public Object[] getArguments() {
		return this.args.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return this.english;
	}

	@Override
	public String toString() {
		return inEnglish();
	}

}
